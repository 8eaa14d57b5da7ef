package ma.remacto.programs.command;

import ma.remacto.events.programs.Funding;
import ma.remacto.events.programs.OpennessPrinciple;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The commands on a program's matrix: axes and projects added, edited and removed before
 * adoption, revisions after; links to proposals at any time, with a reason after adoption.
 */
public final class MatrixCommands {

    private MatrixCommands() {
    }

    public record AddAxisCommand(@TargetAggregateIdentifier String programId, int number, String titleAr,
                                 String titleFr) {
    }

    /**
     * Money in dirhams and durations in months, both exact decimals; a {@code null} funding is
     * unknown; a {@code null} start means the project's planned end counts from the program's start.
     */
    public record AddProjectCommand(@TargetAggregateIdentifier String programId, int number, int axis, String titleAr,
                                    String titleFr, BigDecimal durationMonths, BigDecimal costMad, Funding funding,
                                    List<String> proposalIds, LocalDate startsOn, List<OpennessPrinciple> principles) {
    }

    /** The axis's titles as they now stand. */
    public record EditAxisCommand(@TargetAggregateIdentifier String programId, int number, String titleAr,
                                  String titleFr) {
    }

    public record RemoveAxisCommand(@TargetAggregateIdentifier String programId, int number) {
    }

    /** The project as it now stands, whole; a {@code null} funding is unknown; its proposal links stay. */
    public record EditProjectCommand(@TargetAggregateIdentifier String programId, int number, int axis,
                                     String titleAr, String titleFr, BigDecimal durationMonths, BigDecimal costMad,
                                     Funding funding, LocalDate startsOn, List<OpennessPrinciple> principles) {
    }

    public record RemoveProjectCommand(@TargetAggregateIdentifier String programId, int number) {
    }

    /** After adoption the reason (then required) travels as metadata. */
    public record LinkProposalCommand(@TargetAggregateIdentifier String programId, int number, String proposalId) {
    }

    /** After adoption the reason (then required) travels as metadata. */
    public record UnlinkProposalCommand(@TargetAggregateIdentifier String programId, int number, String proposalId) {
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
