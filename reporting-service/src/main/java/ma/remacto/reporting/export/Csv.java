package ma.remacto.reporting.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * RFC 4180 records written by Apache Commons CSV: fields quoted only when they must be, quotes
 * doubled, CRLF after each record. Text that a spreadsheet would take for a formula is
 * neutralised first.
 */
final class Csv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.MINIMAL).get();

    private Csv() {
    }

    /** A printer of records onto the output, which the caller flushes. */
    static CSVPrinter printer(Appendable out) {
        try {
            return new CSVPrinter(out, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints one record of values, each as {@link #value(Object)} makes it. */
    static void print(CSVPrinter printer, List<?> values) {
        List<Object> record = new ArrayList<>(values.size());
        values.forEach(value -> record.add(value(value)));
        try {
            printer.printRecord(record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The record of the values, CRLF included. */
    static String line(List<?> values) {
        StringBuilder line = new StringBuilder();
        print(printer(line), values);
        return line.toString();
    }

    /** One value as its field, quoted when it must be. */
    static String field(Object value) {
        String line = line(Collections.singletonList(value));
        return line.substring(0, line.length() - FORMAT.getRecordSeparator().length());
    }

    /**
     * A value as it is written: nothing for null or empty text, an exact plain number for a
     * decimal, and text that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
     * carriage return prefixed with {@code '} (OWASP's CSV injection rule), so that a spreadsheet
     * shows it instead of running it. Only text is neutralised: a number cannot hold a formula,
     * and a negative one must stay a number for whoever sums the column.
     */
    private static Object value(Object value) {
        if (value instanceof CharSequence chars) {
            String text = chars.toString();
            if (text.isEmpty()) {
                // an empty first field would otherwise be written as "" (a quoted empty string)
                return null;
            }
            return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        return value;
    }
}
