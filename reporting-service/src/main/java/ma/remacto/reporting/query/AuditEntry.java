package ma.remacto.reporting.query;

import com.fasterxml.jackson.annotation.JsonRawValue;

import java.time.Instant;

/**
 * One event of the audit trail: what happened ({@code type}, {@code data}), when, to which
 * aggregate of which collectivity, who did it (pseudonymous id and role) and why.
 */
public record AuditEntry(
        long position,
        String id,
        String type,
        Instant time,
        String collectivity,
        String actorRole,
        String actor,
        String aggregateId,
        Long sequence,
        String reason,
        String correlationId,
        String source,
        @JsonRawValue String data) {
}
