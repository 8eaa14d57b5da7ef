package ma.remacto.programs.command;

import java.math.BigDecimal;

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
 */
public record MatrixRow(int row, int axis, String axisTitle, int number, String title, BigDecimal durationMonths,
                        BigDecimal costMad) {
}
