package ma.remacto.network.web;

import ma.remacto.kit.domain.InvalidCommand;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Reads an uploaded CSV file (RFC 4180, through Apache Commons CSV): comma-separated fields,
 * optionally in double quotes, with {@code ""} for a quote and line breaks allowed inside; a
 * leading byte-order mark is ignored. An empty line stays a record of one empty field, so that
 * the n-th record is still the n-th line that the import reports on.
 */
final class Csv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private Csv() {
    }

    static List<List<String>> parse(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (CSVParser parser = CSVParser.parse(body, FORMAT)) {
            return parser.stream().map(CSVRecord::toList).toList();
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidCommand("invalid-import", "the file is not valid CSV: " + e.getMessage());
        }
    }
}
