package ma.remacto.programs.query;

import ma.remacto.events.programs.ProgramDraftedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Which collectivity each program belongs to, so that its admins (and operators) may act on it.
 * Unlike the read models it is written by a subscribing processor, in the transaction that
 * stores the draft, so a command may address a program drafted a moment before and is authorized
 * against its collectivity at once, never against a read model that lags. It is never replayed,
 * hence no reset handler.
 */
@Component
@ProcessingGroup(ProgramDirectory.PROCESSING_GROUP)
public class ProgramDirectory {

    public static final String PROCESSING_GROUP = "directory";

    private final JdbcClient jdbc;

    ProgramDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The program's collectivity, or empty when there is no such program. */
    public Optional<String> collectivityOf(String programId) {
        return jdbc.sql("SELECT collectivity_id FROM program_directory WHERE program_id = :id")
                .param("id", programId).query(String.class).optional();
    }

    @EventHandler
    void on(ProgramDraftedEvent event) {
        jdbc.sql("""
                        INSERT INTO program_directory (program_id, collectivity_id)
                        VALUES (:program, :collectivity) ON CONFLICT DO NOTHING""")
                .param("program", event.programId()).param("collectivity", event.collectivityId())
                .update();
    }
}
