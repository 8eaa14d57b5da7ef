package ma.remacto.reporting.query;

import ma.remacto.kit.keys.Redaction;
import ma.remacto.reporting.inbound.ArrayRows;
import ma.remacto.reporting.inbound.ReceivedEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps hidden and erased text out of the audit trail, and so out of the streams that read it.
 * The {@code redaction} table records every text made unreadable (a projection like the others,
 * rebuilt from the same events); an audit entry that carries personal text names it in
 * {@code personal_key}. In the transaction of each batch, after its audit entries are stored,
 * the batch's hidings and erasures join the table, and every entry of the batch's texts that the
 * table names has its text fields replaced by {@code [hidden]} or {@code [erased]}: entries
 * stored before (the usual order) and entries stored now whose hiding or erasure was met first
 * (partitions are applied in any order), alike. The live listener and a rebuild both come here,
 * so a rebuild ends redacted too, and equal to the live trail.
 *
 * <p>Batches of different partitions may run at once (a rebuild's workers, or several instances),
 * and neither would see what the other has not committed: a submission and its erasure applied
 * together could each miss the other. So a batch first locks each text it concerns (transaction
 * advisory locks, in one order), and reads the table only once it holds them: whichever comes
 * second sees what the first committed.
 */
@Component
class AuditRedactions {

    /**
     * The entry's data with each text field that holds something (sealed or in clear) replaced
     * by the mark of the redaction {@code r}; every other field, and an absent or null text
     * field, as it was. The same expression redacted the trail stored before this table existed
     * (V9), so that both give the same data.
     */
    static final String REDACTED_DATA = """
            COALESCE((SELECT jsonb_object_agg(f.key,
                                              CASE WHEN f.key IN ('title', 'body', 'neighbourhood', 'fullName')
                                                        AND jsonb_typeof(f.value) <> 'null'
                                                   THEN to_jsonb('[' || lower(r.reason) || ']')
                                                   ELSE f.value END)
                      FROM jsonb_each(a.data) AS f), a.data)""";

    private final JdbcTemplate jdbc;

    AuditRedactions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Applies the batch's hidings and erasures, once the batch's audit entries are stored. */
    void apply(List<ReceivedEvent> events) {
        Map<String, Redaction> met = new LinkedHashMap<>();
        Set<String> concerned = new LinkedHashSet<>();
        for (ReceivedEvent event : events) {
            PersonalText.keyOf(event.payload()).ifPresent(concerned::add);
            PersonalText.redactedBy(event.payload()).forEach((key, reason) -> met.merge(key, reason, PersonalText::stronger));
        }
        concerned.addAll(met.keySet());
        if (concerned.isEmpty()) {
            return;
        }
        ArrayRows keys = new ArrayRows(1);
        concerned.stream().sorted().forEach(keys::add);
        keys.query(jdbc, "SELECT pg_advisory_xact_lock(hashtextextended(k.key_id, 0)) "
                + "FROM unnest(?::text[]) WITH ORDINALITY AS k(key_id, n) ORDER BY k.n", (rs, n) -> n);
        ArrayRows redactions = new ArrayRows(2);
        met.forEach((key, reason) -> redactions.add(key, reason.name()));
        redactions.update(jdbc, """
                INSERT INTO redaction (key_id, reason)
                SELECT key_id, reason FROM unnest(?::text[], ?::text[]) AS n(key_id, reason)
                ON CONFLICT (key_id) DO UPDATE SET reason = EXCLUDED.reason
                WHERE EXCLUDED.reason = 'ERASED'""");
        keys.update(jdbc, "UPDATE audit_entry a SET data = " + REDACTED_DATA
                + " FROM redaction r WHERE r.key_id = ANY(?::text[]) AND a.personal_key = r.key_id");
    }
}
