package ma.remacto.participation.inbound;

import ma.remacto.participation.command.ProgramStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;

/**
 * Whose each program is and where it stands, from the programs topic (one program's records arrive
 * in order, keyed by the program): a drafted program is known from then on; adoption, execution and
 * closing move its status.
 */
class ProgramReplica {

    private final JdbcClient jdbc;

    ProgramReplica(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void drafted(String programId, String collectivityId) {
        jdbc.sql("""
                        INSERT INTO program_replica (program_id, collectivity_id, status)
                        VALUES (:program, :collectivity, :status)
                        ON CONFLICT (program_id) DO NOTHING""")
                .param("program", programId).param("collectivity", collectivityId)
                .param("status", ProgramStatus.DRAFT.name())
                .update();
    }

    void adopted(String programId, LocalDate adoptedOn, String session) {
        jdbc.sql("UPDATE program_replica SET adopted_on = :on, session = :session WHERE program_id = :program")
                .param("on", adoptedOn).param("session", session).param("program", programId)
                .update();
        moved(programId, ProgramStatus.ADOPTED);
    }

    void moved(String programId, ProgramStatus status) {
        jdbc.sql("UPDATE program_replica SET status = :status WHERE program_id = :program")
                .param("status", status.name()).param("program", programId)
                .update();
    }
}
