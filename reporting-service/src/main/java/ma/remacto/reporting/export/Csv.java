package ma.remacto.reporting.export;

import java.math.BigDecimal;
import java.util.List;

/**
 * RFC 4180 lines: fields with a comma, a quote, CR or LF quoted, quotes doubled; CRLF after each
 * record. Text that a spreadsheet would take for a formula is neutralised.
 */
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

    /**
     * A value as a field: empty for null, an exact plain number for a decimal, and text that
     * begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return prefixed
     * with {@code '} (OWASP's CSV injection rule), so that a spreadsheet shows it instead of
     * running it. Only text is neutralised: a number cannot hold a formula, and a negative one
     * must stay a number for whoever sums the column (no dataset has negative counts or amounts
     * today, but a number column that one day does keeps its meaning).
     */
    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text;
        if (value instanceof CharSequence chars) {
            text = neutralised(chars.toString());
        } else if (value instanceof BigDecimal decimal) {
            text = decimal.stripTrailingZeros().toPlainString();
        } else {
            text = value.toString();
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static String neutralised(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
