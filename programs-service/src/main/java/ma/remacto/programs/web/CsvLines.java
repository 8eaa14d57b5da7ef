package ma.remacto.programs.web;

import ma.remacto.kit.domain.InvalidCommand;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV text as numbered lines, read by Apache Commons CSV (RFC 4180: fields optionally in
 * double quotes, {@code ""} for a quote, line breaks allowed inside) with the separator its
 * header uses. Blank lines stay, so that row numbers match the file.
 */
final class CsvLines {

    private CsvLines() {
    }

    /** The separator the header line uses: a semicolon when it has more of them than commas. */
    static char separatorOf(String text) {
        String header = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    static List<MatrixRows.Line> read(String text, char separator) {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(false).get();
        List<MatrixRows.Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord record : parser) {
                lines.add(new MatrixRows.Line(Math.toIntExact(record.getRecordNumber()), record.toList()));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidCommand("unreadable-csv", "the CSV file cannot be read after row " + lines.size()
                    + ": a quoted field is never closed");
        }
        return lines;
    }
}
