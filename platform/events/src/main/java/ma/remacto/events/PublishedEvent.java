package ma.remacto.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an event record as part of the published language. Its CloudEvents {@code type} is
 * {@code ma.remacto.<context>.<name>.v<version>}, where the name is the record's simple name
 * without the {@code Event} suffix.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PublishedEvent {

    /** The bounded context that produces the event, e.g. {@code network}. */
    String context();

    /** The revision of the event's shape; a new shape is a new revision with an upcaster. */
    int version() default 1;
}
