package ma.remacto.programs.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A program in a list: its figures without its matrix. Money in exact dirhams. */
public record ProgramSummary(
        String id,
        String collectivityId,
        String title,
        int startYear,
        int endYear,
        String status,
        LocalDate adoptedOn,
        BigDecimal totalCostMad,
        BigDecimal adoptedTotalCostMad,
        BigDecimal progressPercent,
        Instant draftedAt) {
}
