package ma.remacto.participation.query;

import ma.remacto.participation.command.KnownProgram;
import ma.remacto.participation.command.ProgramStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.Optional;

/** The programs this service knows from the programs topic (table {@code program_replica}). */
@Service
public class Programs {

    private final JdbcClient jdbc;

    Programs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<KnownProgram> find(String programId) {
        return jdbc.sql("SELECT program_id, collectivity_id, status FROM program_replica WHERE program_id = :program")
                .param("program", programId)
                .query((rs, n) -> new KnownProgram(rs.getString("program_id"), rs.getString("collectivity_id"),
                        ProgramStatus.valueOf(rs.getString("status"))))
                .optional();
    }
}
