package ma.remacto.events.participation;

import ma.remacto.events.PublishedEvent;

/**
 * A planned station was cancelled; the reason travels in the {@code reason} metadata.
 *
 * @param processId the process
 * @param stationId the station
 */
@PublishedEvent(context = "participation")
public record StationCancelledEvent(String processId, String stationId) {
}
