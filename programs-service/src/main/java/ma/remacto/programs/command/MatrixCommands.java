package ma.remacto.programs.command;

import ma.remacto.events.programs.Funding;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The commands on a program's matrix: axes and projects before adoption, revisions after. */
public final class MatrixCommands {

    private MatrixCommands() {
    }

    public record AddAxisCommand(@TargetAggregateIdentifier String programId, int number, String titleAr,
                                 String titleFr) {
    }

    /** Money in dirhams and durations in months, both exact decimals; a {@code null} funding is own funds. */
    public record AddProjectCommand(@TargetAggregateIdentifier String programId, int number, int axis, String titleAr,
                                    String titleFr, BigDecimal durationMonths, BigDecimal costMad, Funding funding,
                                    List<String> proposalIds) {
    }

    /** A whole matrix read from a file, row by row; what the program already holds identically is skipped. */
    public record ImportMatrixCommand(@TargetAggregateIdentifier String programId, List<MatrixRow> rows) {
    }

    /** Fields left {@code null} stay as they are; the reason (required) travels as metadata. */
    public record ReviseProjectCommand(@TargetAggregateIdentifier String programId, int number, LocalDate revisedOn,
                                       BigDecimal costMad, BigDecimal durationMonths, String titleAr, String titleFr,
                                       boolean cancelled) {
    }
}
