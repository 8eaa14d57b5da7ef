package ma.remacto.participation.query;

import java.time.Instant;

/** A consultation in a list: where it belongs, its window (as closed early or extended) and its status now. */
public record ConsultationSummary(
        String consultationId,
        String processId,
        String collectivityId,
        String title,
        Instant opensAt,
        Instant closesAt,
        ConsultationStatus status) {
}
