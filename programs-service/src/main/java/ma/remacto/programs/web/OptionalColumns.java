package ma.remacto.programs.web;

import ma.remacto.events.programs.Funding;
import ma.remacto.events.programs.Funding.FundingKind;
import ma.remacto.events.programs.OpennessPrinciple;
import ma.remacto.programs.command.RowError;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The optional columns a matrix may add after its five: funding ({@code own} or {@code partners},
 * in French or Arabic too), the partners, the conventions, the retained proposals the project
 * answers, its own start ({@code startsOn}, 2025-03-01 or 01/03/2025) and the principles of openness
 * it serves (codes such as {@code TRANSPARENCY}, or their Arabic, French or English names). Several
 * values share a cell, separated by {@code |} (proposals also by spaces). Left empty, the funding
 * is unknown, no proposal is linked, the project starts with its program and serves no principle.
 */
final class OptionalColumns {

    static final int FUNDING = 5;
    static final int PARTNERS = 6;
    static final int CONVENTIONS = 7;
    static final int PROPOSALS = 8;
    static final int STARTS_ON = 9;
    static final int PRINCIPLES = 10;
    static final int LAST = PRINCIPLES + 1;

    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private static final Map<String, FundingKind> KINDS = Map.ofEntries(
            Map.entry("own", FundingKind.OWN), Map.entry("propre", FundingKind.OWN),
            Map.entry("fonds propres", FundingKind.OWN), Map.entry("ذاتي", FundingKind.OWN),
            Map.entry("تمويل ذاتي", FundingKind.OWN), Map.entry("partners", FundingKind.PARTNERS),
            Map.entry("partenaires", FundingKind.PARTNERS), Map.entry("partenariat", FundingKind.PARTNERS),
            Map.entry("شركاء", FundingKind.PARTNERS), Map.entry("شراكة", FundingKind.PARTNERS));

    private OptionalColumns() {
    }

    /** The funding the cells give, {@code null} when they give none, or {@code null} after reporting a bad kind. */
    static Funding funding(int row, List<String> cells, List<RowError> errors) {
        String kindText = cell(cells, FUNDING);
        List<String> partners = values(cell(cells, PARTNERS), "\\|");
        List<String> conventions = values(cell(cells, CONVENTIONS), "\\|");
        if (kindText.isEmpty() && partners.isEmpty() && conventions.isEmpty()) {
            return null;
        }
        FundingKind kind = kindText.isEmpty() ? null : KINDS.get(kindText.toLowerCase(Locale.ROOT));
        if (!kindText.isEmpty() && kind == null) {
            errors.add(new RowError(row, "funding", "'" + kindText + "' is neither own nor partners"));
            return null;
        }
        return new Funding(kind, partners, conventions);
    }

    /** The project's own start, {@code null} when not given or after reporting a bad date. */
    static LocalDate startsOn(int row, List<String> cells, List<RowError> errors) {
        String text = cell(cells, STARTS_ON);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return text.contains("/") ? LocalDate.parse(text, DAY_FIRST) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(new RowError(row, "startsOn", "'" + text + "' is not a date (2025-03-01 or 01/03/2025)"));
            return null;
        }
    }

    /** The principles named in the cell, each once; every unknown name is reported. */
    static List<OpennessPrinciple> principles(int row, List<String> cells, List<RowError> errors) {
        List<OpennessPrinciple> principles = new ArrayList<>();
        for (String name : values(cell(cells, PRINCIPLES), "\\|")) {
            OpennessPrinciple principle = Principles.named(name);
            if (principle == null) {
                errors.add(new RowError(row, "principles", "'" + name + "' is not a principle of openness; one of "
                        + Arrays.toString(OpennessPrinciple.values())));
            } else if (!principles.contains(principle)) {
                principles.add(principle);
            }
        }
        return principles;
    }

    static List<String> proposals(List<String> cells) {
        return values(cell(cells, PROPOSALS), "[|\\s]+");
    }

    private static String cell(List<String> cells, int index) {
        return index < cells.size() ? cells.get(index).strip().replaceAll("\\s+", " ") : "";
    }

    private static List<String> values(String cell, String separator) {
        return Arrays.stream(cell.split(separator)).map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
    }
}
