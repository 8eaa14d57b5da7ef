package ma.remacto.kit.axon;

import ma.remacto.events.PublishedEvent;
import org.axonframework.serialization.RevisionResolver;

/**
 * Stores each event with the revision of its published shape, so that upcasters can recognise
 * old shapes. Revision 1 is stored without a revision, as every event was before revisions.
 */
public class PublishedEventRevisionResolver implements RevisionResolver {

    @Override
    public String revisionOf(Class<?> payloadType) {
        PublishedEvent published = payloadType.getAnnotation(PublishedEvent.class);
        return published == null || published.version() == 1 ? null : Integer.toString(published.version());
    }
}
