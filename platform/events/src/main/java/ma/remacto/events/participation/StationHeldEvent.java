package ma.remacto.events.participation;

import ma.remacto.events.PublishedEvent;

/**
 * A planned station took place.
 *
 * @param processId the process
 * @param stationId the station
 */
@PublishedEvent(context = "participation")
public record StationHeldEvent(String processId, String stationId) {
}
