package ma.remacto.reporting.query;

import ma.remacto.reporting.query.ProgramDashboard.LinkedStation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/** The stations linked to a program that had started by a date: its adoption session, its monitoring meetings. */
@Component
class ProgramStations {

    static final String COUNCIL_ADOPTION = "COUNCIL_ADOPTION";

    private final JdbcClient jdbc;

    ProgramStations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<LinkedStation> of(String programId, LocalDate asOf) {
        return jdbc.sql("""
                        SELECT s.station_id, s.process_id, s.kind, s.title, s.starts_on, s.ends_on, s.place, s.status,
                               a.women + a.men + a.unspecified AS attendance
                        FROM station s LEFT JOIN station_attendance a ON a.station_id = s.station_id
                        WHERE s.program_id = :program AND s.starts_on <= :asOf
                        ORDER BY s.starts_on, s.station_id""")
                .param("program", programId)
                .param("asOf", Date.valueOf(asOf))
                .query((rs, n) -> new LinkedStation(rs.getString("station_id"), rs.getString("process_id"),
                        rs.getString("kind"), rs.getString("title"), rs.getDate("starts_on").toLocalDate(),
                        rs.getDate("ends_on") == null ? null : rs.getDate("ends_on").toLocalDate(),
                        rs.getString("place"), rs.getString("status"), (Integer) rs.getObject("attendance")))
                .list();
    }
}
