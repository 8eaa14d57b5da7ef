package ma.remacto.reporting.inbound;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Rows for PostgreSQL's {@code COPY … FROM STDIN} in its text format, sent on the transaction's
 * connection: the cheapest way to load rows that are known to be new, as a rebuild's are.
 */
public final class CopyRows {

    private final StringBuilder text = new StringBuilder(1 << 16);
    private int rows;

    /** Adds a row; values are text or null, in the statement's column order. */
    public void add(String... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append('\t');
            }
            append(values[i]);
        }
        text.append('\n');
        rows++;
    }

    public int size() {
        return rows;
    }

    /** Runs {@code COPY table (columns) FROM STDIN} over the rows, in the current transaction. */
    public void copy(JdbcTemplate jdbc, String table, String columns) {
        if (rows == 0) {
            return;
        }
        DataSource dataSource = jdbc.getDataSource();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + table + " (" + columns + ") FROM STDIN", new StringReader(text.toString()));
        } catch (SQLException e) {
            throw new IllegalStateException("copying " + rows + " rows into " + table + " failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private void append(String value) {
        if (value == null) {
            text.append("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }
}
