package ma.remacto.participation.query;

import ma.remacto.events.participation.CoCreationProcessOpenedEvent;
import ma.remacto.events.participation.ConsultationOpenedEvent;
import ma.remacto.events.participation.ProposalSubmittedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Where a process, proposal or consultation lives: its process (the aggregate that takes its
 * commands) and the collectivity whose admins may act on it. Unlike the read models it is written
 * by a subscribing processor, in the transaction that stores the event, so a command can address
 * what the previous command created and is authorized against the collectivity at once, never
 * against a read model that lags. It is never replayed, hence no reset handler.
 */
@Component
@ProcessingGroup(Directory.PROCESSING_GROUP)
public class Directory {

    public static final String PROCESSING_GROUP = "directory";

    /** The process that owns a resource, and its collectivity. */
    public record Owner(String processId, String collectivityId) {
    }

    private final JdbcClient jdbc;

    Directory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Owner> process(String processId) {
        return find("PROCESS", processId);
    }

    public Optional<Owner> proposal(String proposalId) {
        return find("PROPOSAL", proposalId);
    }

    public Optional<Owner> consultation(String consultationId) {
        return find("CONSULTATION", consultationId);
    }

    private Optional<Owner> find(String kind, String id) {
        return jdbc.sql("SELECT process_id, collectivity_id FROM directory WHERE kind = :kind AND id = :id")
                .param("kind", kind).param("id", id)
                .query((rs, n) -> new Owner(rs.getString("process_id"), rs.getString("collectivity_id")))
                .optional();
    }

    @EventHandler
    void on(CoCreationProcessOpenedEvent event) {
        record("PROCESS", event.processId(), event.processId(), event.collectivityId());
    }

    @EventHandler
    void on(ProposalSubmittedEvent event) {
        record("PROPOSAL", event.proposalId(), event.processId(), event.collectivityId());
    }

    @EventHandler
    void on(ConsultationOpenedEvent event) {
        record("CONSULTATION", event.consultationId(), event.processId(), event.collectivityId());
    }

    private void record(String kind, String id, String processId, String collectivityId) {
        jdbc.sql("""
                        INSERT INTO directory (kind, id, process_id, collectivity_id)
                        VALUES (:kind, :id, :process, :collectivity) ON CONFLICT DO NOTHING""")
                .param("kind", kind).param("id", id).param("process", processId).param("collectivity", collectivityId)
                .update();
    }
}
