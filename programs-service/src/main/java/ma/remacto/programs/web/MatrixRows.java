package ma.remacto.programs.web;

import ma.remacto.events.programs.Funding;
import ma.remacto.events.programs.OpennessPrinciple;
import ma.remacto.kit.domain.Money;
import ma.remacto.programs.command.MatrixRefused;
import ma.remacto.programs.command.MatrixRow;
import ma.remacto.programs.command.RowError;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the rows of a matrix file in the shape of the seed matrix: a header in any language,
 * then axis (its number, optionally followed by its title), project number, title, duration in
 * months, cost in MDH, and optionally funding, partners, conventions, linked proposals, the
 * project's start and its principles of openness ({@link OptionalColumns}). Decimals take a
 * point, or a comma where the file allows it (a ';' separated text or a spreadsheet);
 * Arabic-Indic digits read as digits. Costs become exact
 * dirhams (1.50 MDH = 1500000). Every faulty cell is reported, and any fault refuses the file.
 */
final class MatrixRows {

    static final int COLUMNS = 5;
    static final int MAX_ROWS = 2000;
    private static final BigDecimal DIRHAMS_PER_MDH = BigDecimal.valueOf(1_000_000);
    private static final Pattern AXIS = Pattern.compile("(\\d{1,4})\\s*[-–.:)]?\\s*(.*)", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("\\d{1,6}");
    private static final Pattern DECIMAL_POINT = Pattern.compile("\\d{1,9}(\\.\\d{1,12})?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d{1,9}([.,]\\d{1,12})?");

    /** A row of the file: its number (the header is row 1) and its cells. */
    record Line(int row, List<String> cells) {

        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    private final boolean decimalComma;
    private final List<RowError> errors = new ArrayList<>();

    private MatrixRows(boolean decimalComma) {
        this.decimalComma = decimalComma;
    }

    /** A CSV matrix: its separator (',' or ';') is the one its header line uses; ';' allows decimal commas. */
    static List<MatrixRow> csv(String text) {
        char separator = CsvLines.separatorOf(text);
        return read(CsvLines.read(text, separator), separator == ';');
    }

    /** An XLSX matrix: its first sheet; text cells may use a decimal comma. */
    static List<MatrixRow> xlsx(byte[] workbook) {
        return read(Spreadsheet.read(workbook), true);
    }

    static List<MatrixRow> read(List<Line> lines, boolean decimalComma) {
        MatrixRows reader = new MatrixRows(decimalComma);
        List<Line> content = lines.stream().filter(line -> !line.blank()).toList();
        if (content.isEmpty()) {
            throw new MatrixRefused(List.of(new RowError(1, null, "the file is empty")));
        }
        if (content.size() > MAX_ROWS + 1) {
            throw new MatrixRefused(List.of(new RowError(MAX_ROWS + 2, null, "a matrix has at most " + MAX_ROWS + " rows")));
        }
        reader.header(content.get(0));
        List<MatrixRow> rows = new ArrayList<>();
        for (Line line : content.subList(1, content.size())) {
            reader.row(line, rows);
        }
        if (!reader.errors.isEmpty()) {
            throw new MatrixRefused(reader.errors);
        }
        return rows;
    }

    private void header(Line header) {
        if (cells(header) == null) {
            return;
        }
        if (NUMBER.matcher(digits(header.cells().get(1))).matches()) {
            errors.add(new RowError(header.row(), null, "the first row must be a header (axis, project number, title, "
                    + "months, MDH), in any language"));
        }
    }

    private void row(Line line, List<MatrixRow> rows) {
        List<String> cells = cells(line);
        if (cells == null) {
            return;
        }
        int before = errors.size();
        int row = line.row();
        Matcher axis = AXIS.matcher(digits(cells.get(0)));
        if (!axis.matches() || Integer.parseInt(axis.group(1)) < 1) {
            errors.add(new RowError(row, "axis", "'" + cells.get(0).strip() + "' does not start with the axis number"));
        }
        Integer number = NUMBER.matcher(digits(cells.get(1))).matches() ? Integer.valueOf(digits(cells.get(1))) : null;
        if (number == null || number < 1) {
            errors.add(new RowError(row, "number", "'" + cells.get(1).strip() + "' is not a project number"));
        }
        String title = cells.get(2).strip();
        if (title.isEmpty()) {
            errors.add(new RowError(row, "title", "a project needs a title"));
        }
        BigDecimal months = decimal(row, "durationMonths", cells.get(3));
        if (months != null && months.signum() <= 0) {
            errors.add(new RowError(row, "durationMonths", "a project lasts more than 0 months"));
        }
        BigDecimal mdh = decimal(row, "costMdh", cells.get(4));
        BigDecimal dirhams = mdh == null ? null : Money.plain(mdh.multiply(DIRHAMS_PER_MDH));
        if (dirhams != null && dirhams.scale() > 2) {
            errors.add(new RowError(row, "costMdh", "'" + cells.get(4).strip() + "' MDH is finer than a centime"));
        }
        Funding funding = OptionalColumns.funding(row, cells, errors);
        LocalDate startsOn = OptionalColumns.startsOn(row, cells, errors);
        List<OpennessPrinciple> principles = OptionalColumns.principles(row, cells, errors);
        if (errors.size() == before) {
            String axisTitle = axis.group(2).strip();
            rows.add(new MatrixRow(row, Integer.parseInt(axis.group(1)), axisTitle.isEmpty() ? null : axisTitle,
                    number, title, Money.plain(months), dirhams, funding, OptionalColumns.proposals(cells), startsOn,
                    principles));
        }
    }

    /**
     * The five cells of a row and its optional ones (empty cells after them are ignored), or null
     * after reporting a wrong count.
     */
    private List<String> cells(Line line) {
        List<String> cells = new ArrayList<>(line.cells());
        while (cells.size() > COLUMNS && cells.get(cells.size() - 1).isBlank()) {
            cells.remove(cells.size() - 1);
        }
        if (cells.size() < COLUMNS || cells.size() > OptionalColumns.LAST) {
            errors.add(new RowError(line.row(), null, "expected " + COLUMNS + " columns (axis, project number, title, "
                    + "months, MDH), optionally followed by funding, partners, conventions, proposals, startsOn and "
                    + "principles; found "
                    + cells.size()));
            return null;
        }
        return cells;
    }

    private BigDecimal decimal(int row, String column, String cell) {
        String text = digits(cell).replaceAll("[\\s\\u00A0\\u202F]", "").replace('\u066B', '.');
        if (!decimalComma && text.contains(",") && DECIMAL_COMMA.matcher(text).matches()) {
            errors.add(new RowError(row, column, "'" + cell.strip() + "': a decimal comma needs ';' as the separator; "
                    + "write " + text.replace(',', '.')));
            return null;
        }
        if (!(decimalComma ? DECIMAL_COMMA : DECIMAL_POINT).matcher(text).matches()) {
            errors.add(new RowError(row, column, "'" + cell.strip() + "' is not a number"));
            return null;
        }
        return new BigDecimal(text.replace(',', '.'));
    }

    /** Arabic-Indic and Persian digits as ASCII digits. */
    private static String digits(String text) {
        StringBuilder ascii = new StringBuilder(text.length());
        text.strip().codePoints().forEach(c -> ascii.appendCodePoint(
                c >= 0x0660 && c <= 0x0669 ? '0' + c - 0x0660 : c >= 0x06F0 && c <= 0x06F9 ? '0' + c - 0x06F0 : c));
        return ascii.toString();
    }
}
