package ma.remacto.kit.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call an endpoint: the one way the services authorize. It is checked before the request
 * body is bound or validated, so a caller without a right to the target gets 403 whatever the
 * body holds. Every endpoint that is not a plain read carries it; a service refuses to start
 * otherwise.
 *
 * <p>{@link #target()} says where the collectivity acted on is found, for the roles bound to one
 * collectivity: {@code "collectivity:{id}"} (the path variable is the collectivity),
 * {@code "<kind>:{id}"} (the path variable names a resource that a {@link Targets} bean of the
 * service places in its collectivity, e.g. {@code "process:{id}"}), or {@code "body:<field>"}
 * (a top-level field of the JSON body, e.g. {@code "body:collectivityId"}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Allow {

    /**
     * The roles that may call, in order of preference when the caller holds several. A network
     * operator acts on any target; a collectivity admin only on a target of their collectivity;
     * citizens and analysts act for themselves.
     */
    Role[] value();

    /** Where the target's collectivity is found; required when {@code COLLECTIVITY_ADMIN} may call. */
    String target() default "";
}
