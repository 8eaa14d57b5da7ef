package ma.remacto.events.participation;

import ma.remacto.events.PublishedEvent;

import java.time.Instant;

/**
 * An admin closed a consultation before its planned closing: from {@code closedAt} on it takes
 * no votes and no tallies, as if {@code closesAt} had been reached. The reason also travels in
 * the event's reason metadata, the actor in its actor metadata.
 *
 * @param consultationId the consultation
 * @param processId      its process
 * @param closedAt       when it closed (its new {@code closesAt})
 * @param reason         why it closed early
 */
@PublishedEvent(context = "participation")
public record ConsultationClosedEvent(String consultationId, String processId, Instant closedAt, String reason) {
}
