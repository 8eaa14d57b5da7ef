package ma.remacto.reporting.inbound;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes in the order given, sending each run of consecutive writes of one statement as one JDBC
 * batch: a batch projection's events keep their log order while most of them travel together.
 */
public final class OrderedWrites {

    private final JdbcTemplate jdbc;
    private String sql;
    private final List<Object[]> run = new ArrayList<>();

    public OrderedWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void add(String statement, Object... arguments) {
        if (sql != null && !sql.equals(statement)) {
            flush();
        }
        sql = statement;
        run.add(arguments);
    }

    /** Sends what is pending; to call before reading what was written, and at the end. */
    public void flush() {
        if (!run.isEmpty()) {
            jdbc.batchUpdate(sql, new ArrayList<>(run));
            run.clear();
        }
        sql = null;
    }
}
