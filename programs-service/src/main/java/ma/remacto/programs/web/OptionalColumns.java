package ma.remacto.programs.web;

import ma.remacto.events.programs.Funding;
import ma.remacto.events.programs.Funding.FundingKind;
import ma.remacto.programs.command.RowError;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The optional columns a matrix may add after its five: funding ({@code own} or {@code partners},
 * in French or Arabic too), the partners, the conventions, and the retained proposals the project
 * answers. Several values share a cell, separated by {@code |} (proposals also by spaces). Left
 * empty, the funding is unknown and no proposal is linked.
 */
final class OptionalColumns {

    static final int FUNDING = 5;
    static final int PARTNERS = 6;
    static final int CONVENTIONS = 7;
    static final int PROPOSALS = 8;
    static final int LAST = PROPOSALS + 1;

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
