package ma.remacto.events.participation;

import ma.remacto.events.PublishedEvent;

/**
 * A station was linked to the action program it concerns: the council session that adopted the
 * program ({@link StationKind#COUNCIL_ADOPTION}), or a monitoring meeting with civil society on a
 * program in execution ({@link StationKind#MONITORING_MEETING}). A later link replaces the earlier
 * one; the reason, when given, travels in the {@code reason} metadata.
 *
 * @param processId the process
 * @param stationId the station
 * @param programId the program, of the process's collectivity
 */
@PublishedEvent(context = "participation")
public record StationLinkedToProgramEvent(String processId, String stationId, String programId) {
}
