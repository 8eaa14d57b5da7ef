package ma.remacto.events.participation;

import ma.remacto.events.PublishedEvent;

import java.time.Instant;

/**
 * An admin moved a consultation's closing to a later instant, before it closed. The reason also
 * travels in the event's reason metadata, the actor in its actor metadata.
 *
 * @param consultationId the consultation
 * @param processId      its process
 * @param closesAt       votes are now accepted until this instant (excluded)
 * @param reason         why it was extended
 */
@PublishedEvent(context = "participation")
public record ConsultationExtendedEvent(String consultationId, String processId, Instant closesAt, String reason) {
}
