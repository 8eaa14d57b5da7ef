package ma.remacto.programs.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A program as the API shows it. Money is in dirhams and, like the cost-weighted
 * {@code progressPercent}, exact decimal: never rounded through binary floating point.
 */
public record ProgramView(
        String id,
        String collectivityId,
        String title,
        int startYear,
        int endYear,
        String status,
        BigDecimal totalCostMad,
        List<Axis> axes,
        BigDecimal progressPercent,
        Instant draftedAt) {

    /** One axis of the matrix with the total cost of its projects; a draft starts with none. */
    public record Axis(int number, String titleAr, String titleFr, BigDecimal totalCostMad) {
    }
}
