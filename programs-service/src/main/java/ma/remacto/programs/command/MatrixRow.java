package ma.remacto.programs.command;

import ma.remacto.events.programs.Funding;
import ma.remacto.events.programs.OpennessPrinciple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One project row of an imported matrix, already read from its file.
 *
 * @param row            the row's number in the file (the header is row 1)
 * @param axis           the axis number
 * @param axisTitle      the axis title written beside its number, or {@code null}
 * @param number         the project number
 * @param title          the project title, Arabic or French
 * @param durationMonths the planned duration in months
 * @param costMad        the cost in dirhams (converted from the file's MDH)
 * @param funding        the funding its optional columns give, or {@code null} when unknown
 * @param proposalIds    the retained proposals its optional column links, possibly none
 * @param startsOn       the project's own start its optional column gives, or {@code null}
 * @param principles     the principles of openness its optional column tags it with, possibly none
 */
public record MatrixRow(int row, int axis, String axisTitle, int number, String title, BigDecimal durationMonths,
                        BigDecimal costMad, Funding funding, List<String> proposalIds, LocalDate startsOn,
                        List<OpennessPrinciple> principles) {

    public MatrixRow {
        proposalIds = proposalIds == null ? List.of() : List.copyOf(proposalIds);
        principles = principles == null ? List.of() : List.copyOf(principles);
    }

    /** A row without a start of its own or principles. */
    public MatrixRow(int row, int axis, String axisTitle, int number, String title, BigDecimal durationMonths,
                     BigDecimal costMad, Funding funding, List<String> proposalIds) {
        this(row, axis, axisTitle, number, title, durationMonths, costMad, funding, proposalIds, null, List.of());
    }

    /** A row in the seed's shape: five columns, funding unknown, no proposals linked. */
    public MatrixRow(int row, int axis, String axisTitle, int number, String title, BigDecimal durationMonths,
                     BigDecimal costMad) {
        this(row, axis, axisTitle, number, title, durationMonths, costMad, null, List.of(), null, List.of());
    }
}
