package ma.remacto.reporting.export;

import java.math.BigDecimal;
import java.util.List;

/** RFC 4180 lines: fields with a comma, a quote, CR or LF quoted, quotes doubled; CRLF after each record. */
final class Csv {

    private Csv() {
    }

    static String line(List<?> values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(field(values.get(i)));
        }
        return line.append("\r\n").toString();
    }

    /** A value as a field: empty for null, an exact plain number for a decimal. */
    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal decimal ? decimal.stripTrailingZeros().toPlainString()
                : value.toString();
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
