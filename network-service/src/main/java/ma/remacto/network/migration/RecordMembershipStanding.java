package ma.remacto.network.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ma.remacto.events.EventMetadata;
import ma.remacto.events.network.AdmissionDecidedEvent;
import ma.remacto.events.network.AdmissionDecision;
import ma.remacto.events.network.CharterSignedEvent;
import ma.remacto.events.network.CollectivityReappliedEvent;
import ma.remacto.events.network.CollectivityRegisteredEvent;
import ma.remacto.events.network.MembershipReinstatedEvent;
import ma.remacto.events.network.MembershipStandingChangedEvent;
import ma.remacto.events.network.MembershipSuspendedEvent;
import ma.remacto.events.network.MembershipWithdrawnEvent;
import org.axonframework.common.DateTimeUtils;
import ma.remacto.kit.migration.ApplicationMigration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Version 4: the standing becomes an explicit event ({@link MembershipStandingChangedEvent}).
 * The collectivities recorded before were never given one, so a replica built afresh from the
 * topic would take them all for non-members. This appends one standing event to every
 * collectivity in good standing, at the end of its aggregate, dated from the change that put it
 * in good standing; the kafka-publisher then sends it like any new event. The rule is applied
 * here as the aggregate applied it when this version was written: admitted, charter-signing and
 * reinstated members are in good standing, until a suspension or withdrawal. Nobody acted, so
 * the event names no actor; its reason says why it was recorded.
 */
@Component
class RecordMembershipStanding extends ApplicationMigration {

    static final String REASON = "standing recorded when it became an explicit event";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> MEMBERSHIP = Set.of(CollectivityRegisteredEvent.class.getName(),
            CollectivityReappliedEvent.class.getName(), AdmissionDecidedEvent.class.getName(),
            CharterSignedEvent.class.getName(), MembershipSuspendedEvent.class.getName(),
            MembershipReinstatedEvent.class.getName(), MembershipWithdrawnEvent.class.getName());

    private record Stored(String aggregateId, String aggregateType, long last, String payloadType, byte[] payload,
                          byte[] metadata) {
    }

    /** Where a collectivity stands after the events read so far, and which event put it there. */
    private static final class Standing {
        boolean good;
        JsonNode since;
        byte[] metadata;
        Stored last;
    }

    RecordMembershipStanding() {
        super("4", "record membership standing");
    }

    @Override
    protected void migrate(JdbcClient jdbc) throws Exception {
        List<Stored> events = jdbc.sql("""
                        SELECT e.aggregateidentifier, e.type, m.last, e.payloadtype, e.payload, e.metadata
                        FROM domainevententry e
                        JOIN (SELECT aggregateidentifier, max(sequencenumber) AS last FROM domainevententry
                              GROUP BY aggregateidentifier) m ON m.aggregateidentifier = e.aggregateidentifier
                        WHERE e.payloadtype IN (:types)
                        ORDER BY e.aggregateidentifier, e.sequencenumber""")
                .param("types", MEMBERSHIP)
                .query((rs, n) -> new Stored(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getBytes(5), rs.getBytes(6)))
                .list();
        Map<String, Standing> standings = new LinkedHashMap<>();
        for (Stored event : events) {
            Standing standing = standings.computeIfAbsent(event.aggregateId(), id -> new Standing());
            JsonNode payload = JSON.readTree(event.payload());
            boolean good = good(event.payloadType(), payload);
            if (good && !standing.good) {
                standing.since = date(event.payloadType(), payload);
                standing.metadata = event.metadata();
            }
            standing.good = good;
            standing.last = event;
        }
        for (Standing standing : standings.values()) {
            if (standing.good) {
                append(jdbc, standing);
            }
        }
    }

    private static boolean good(String type, JsonNode payload) {
        if (type.equals(AdmissionDecidedEvent.class.getName())) {
            return AdmissionDecision.ADMITTED.name().equals(payload.path("decision").asText());
        }
        return type.equals(CharterSignedEvent.class.getName()) || type.equals(MembershipReinstatedEvent.class.getName());
    }

    /** The date field as the event store holds it, so it reads back as the serializer wrote it. */
    private static JsonNode date(String type, JsonNode payload) {
        if (type.equals(AdmissionDecidedEvent.class.getName())) {
            return payload.path("decidedOn");
        }
        return type.equals(CharterSignedEvent.class.getName()) ? payload.path("signedOn") : payload.path("reinstatedOn");
    }

    private static void append(JdbcClient jdbc, Standing standing) throws Exception {
        Stored last = standing.last;
        ObjectNode payload = JSON.createObjectNode();
        payload.put("collectivityId", last.aggregateId());
        payload.put("inGoodStanding", true);
        payload.set("on", standing.since);
        ObjectNode metadata = standing.metadata == null
                ? JSON.createObjectNode() : (ObjectNode) JSON.readTree(standing.metadata);
        metadata.remove(List.of(EventMetadata.ACTOR, EventMetadata.ACTOR_ROLE, EventMetadata.CAUSATION_ID));
        metadata.put(EventMetadata.COLLECTIVITY, last.aggregateId());
        metadata.put(EventMetadata.REASON, REASON);
        metadata.put(EventMetadata.CORRELATION_ID, UUID.randomUUID().toString());
        jdbc.sql("""
                        INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,
                            metadata, payload, payloadrevision, payloadtype, timestamp)
                        VALUES (:aggregate, :sequence, :type, :id, :metadata, :payload, NULL, :payloadType, :timestamp)""")
                .param("aggregate", last.aggregateId())
                .param("sequence", last.last() + 1)
                .param("type", last.aggregateType())
                .param("id", UUID.randomUUID().toString())
                .param("metadata", JSON.writeValueAsBytes(metadata))
                .param("payload", JSON.writeValueAsBytes(payload))
                .param("payloadType", MembershipStandingChangedEvent.class.getName())
                .param("timestamp", DateTimeUtils.formatInstant(Instant.now()))
                .update();
    }
}
