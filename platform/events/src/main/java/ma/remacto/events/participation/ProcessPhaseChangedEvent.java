package ma.remacto.events.participation;

import ma.remacto.events.PublishedEvent;

import java.time.LocalDate;

/**
 * A co-creation process moved to its next phase (idea collection → consultation → closed).
 *
 * @param processId the process
 * @param phase     the new phase
 * @param on        the business date of the change
 */
@PublishedEvent(context = "participation")
public record ProcessPhaseChangedEvent(String processId, ProcessPhase phase, LocalDate on) {
}
