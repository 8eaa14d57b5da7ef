package ma.remacto.reporting.inbound;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Many rows in one statement: each column travels as one text array, which the statement reads
 * with {@code unnest(?::text[], ...)} (and casts as it needs). A thousand rows cost one round trip
 * and one execution instead of a thousand.
 */
public final class ArrayRows {

    private final int columns;
    private final List<String[]> rows = new java.util.ArrayList<>();

    public ArrayRows(int columns) {
        this.columns = columns;
    }

    /** Adds a row; values are text or null, in the statement's column order. */
    public void add(String... values) {
        if (values.length != columns) {
            throw new IllegalArgumentException("a row of " + values.length + " values, " + columns + " expected");
        }
        rows.add(values);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public int size() {
        return rows.size();
    }

    /** Runs a statement over the rows. */
    public void update(JdbcTemplate jdbc, String sql) {
        if (!rows.isEmpty()) {
            jdbc.update(connection -> statement(connection, sql));
        }
    }

    /** Runs a statement over the rows and reads what it returns. */
    public <T> List<T> query(JdbcTemplate jdbc, String sql, RowMapper<T> mapper) {
        if (rows.isEmpty()) {
            return List.of();
        }
        return jdbc.query(connection -> statement(connection, sql), mapper);
    }

    private PreparedStatement statement(Connection connection, String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int column = 0; column < columns; column++) {
            String[] values = new String[rows.size()];
            for (int row = 0; row < rows.size(); row++) {
                values[row] = rows.get(row)[column];
            }
            statement.setArray(column + 1, connection.createArrayOf("text", values));
        }
        return statement;
    }

    /** A value as text, null staying null. */
    public static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
