package ma.remacto.reporting.export;

import ma.remacto.kit.domain.Money;
import ma.remacto.reporting.export.Datasets.Dataset;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
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

    /**
     * The time of the last event the read model applied, which every dataset is as of;
     * {@code null} before the first one.
     */
    public Instant asOf() {
        return jdbc.sql("SELECT time FROM audit_entry ORDER BY position DESC LIMIT 1")
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant)
                .orElse(null);
    }

    /** Each row in order, its values in the order of the dataset's columns; a dated dataset as of the day. */
    void rows(Dataset dataset, LocalDate day, Consumer<List<Object>> row) {
        List<String> columns = dataset.columnNames();
        StatementSpec query = jdbc.sql(dataset.sql());
        if (dataset.dated()) {
            query = query.param("asOf", Date.valueOf(day));
        }
        query.query(rs -> {
            List<Object> values = new ArrayList<>(columns.size());
            for (String column : columns) {
                values.add(value(rs, column));
            }
            row.accept(values);
        });
    }

    /** The rows as JSON items, each a map from column name to value. */
    public List<Map<String, Object>> items(Dataset dataset, LocalDate day) {
        List<String> columns = dataset.columnNames();
        List<Map<String, Object>> items = new ArrayList<>();
        rows(dataset, day, values -> {
            Map<String, Object> item = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                item.put(columns.get(i), values.get(i));
            }
            items.add(item);
        });
        return items;
    }

    /** The header row and every row, streamed to the writer as RFC 4180 CSV (CRLF line breaks). */
    public void csv(Dataset dataset, LocalDate day, Writer out) {
        CSVPrinter printer = Csv.printer(out);
        Csv.print(printer, dataset.columnNames());
        rows(dataset, day, values -> Csv.print(printer, values));
        try {
            printer.flush();
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
        if (value instanceof Timestamp instant) {
            return instant.toInstant().toString();
        }
        if (value instanceof BigDecimal decimal) {
            return Money.plain(decimal);
        }
        return value;
    }
}
