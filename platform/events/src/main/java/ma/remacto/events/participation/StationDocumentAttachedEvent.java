package ma.remacto.events.participation;

import ma.remacto.events.DocumentRef;
import ma.remacto.events.PublishedEvent;

/**
 * A public document was attached to a station: its minutes, the deliberation of the council's
 * adoption session, a press release. The file stays in proposals-service's database, downloadable
 * by anyone; the event names it with its SHA-256.
 *
 * @param processId the process
 * @param stationId the station
 * @param document  the document, with its kind, size and SHA-256
 */
@PublishedEvent(context = "participation")
public record StationDocumentAttachedEvent(String processId, String stationId, DocumentRef document) {
}
