package ma.remacto.participation.query;

import java.time.Instant;

/** A co-creation process as the API shows it. */
public record ProcessView(
        String id,
        String collectivityId,
        String title,
        String cycle,
        String status,
        Instant openedAt) {
}
