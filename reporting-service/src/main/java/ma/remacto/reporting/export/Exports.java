package ma.remacto.reporting.export;

import ma.remacto.kit.domain.Money;
import ma.remacto.reporting.export.Datasets.Dataset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Reads a dataset's rows with its one query, and writes them as CSV or JSON items. */
@Service
public class Exports {

    private final JdbcClient jdbc;

    Exports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each row in order, its values in the order of the dataset's columns. */
    void rows(Dataset dataset, Consumer<List<Object>> row) {
        List<String> columns = dataset.columnNames();
        jdbc.sql(dataset.sql()).query(rs -> {
            List<Object> values = new ArrayList<>(columns.size());
            for (String column : columns) {
                values.add(value(rs, column));
            }
            row.accept(values);
        });
    }

    /** The rows as JSON items, each a map from column name to value. */
    public List<Map<String, Object>> items(Dataset dataset) {
        List<String> columns = dataset.columnNames();
        List<Map<String, Object>> items = new ArrayList<>();
        rows(dataset, values -> {
            Map<String, Object> item = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                item.put(columns.get(i), values.get(i));
            }
            items.add(item);
        });
        return items;
    }

    /** The header row and every row, streamed to the writer as RFC 4180 CSV (CRLF line breaks). */
    public void csv(Dataset dataset, Writer out) {
        try {
            out.write(Csv.line(new ArrayList<>(dataset.columnNames())));
            rows(dataset, values -> {
                try {
                    out.write(Csv.line(values));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Dates and instants as ISO strings, exact decimals as plain numbers; text, integers and booleans as they are. */
    private static Object value(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        if (value instanceof Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof java.sql.Timestamp instant) {
            return instant.toInstant().toString();
        }
        if (value instanceof BigDecimal decimal) {
            return Money.plain(decimal);
        }
        return value;
    }
}
