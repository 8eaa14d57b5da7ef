package ma.remacto.programs.command;

/**
 * What is wrong with one row of an imported matrix.
 *
 * @param row     the row's number in the file (the header is row 1)
 * @param column  the column at fault ({@code axis}, {@code number}, {@code title}, {@code durationMonths},
 *                {@code costMdh}, and the optional {@code funding}, {@code partners}, {@code conventions},
 *                {@code proposals}), or {@code null} for the whole row
 * @param message what is wrong, for a person
 */
public record RowError(int row, String column, String message) {
}
