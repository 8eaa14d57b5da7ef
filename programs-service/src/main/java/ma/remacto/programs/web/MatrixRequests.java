package ma.remacto.programs.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ma.remacto.events.programs.Funding;
import ma.remacto.events.programs.Funding.FundingKind;
import ma.remacto.events.programs.OpennessPrinciple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Bodies of the matrix changes. Money and durations are {@link BigDecimal}, so a JSON number
 * keeps its exact decimal text ({@code 28000000}, {@code 50000.5}); their rules are the program's.
 */
final class MatrixRequests {

    private MatrixRequests() {
    }

    record AxisRequest(@NotNull Integer number, @NotBlank @Size(max = 500) String titleAr,
                       @Size(max = 500) String titleFr, @Size(max = 2000) String reason) {
    }

    record FundingRequest(@NotNull FundingKind kind, List<@NotBlank @Size(max = 300) String> partners,
                          List<@NotBlank @Size(max = 100) String> conventionRefs) {

        Funding funding() {
            return new Funding(kind, partners, conventionRefs);
        }
    }

    /**
     * {@code funding} left out means unknown, never own funds by default; {@code startsOn} left out
     * means the planned end counts from the program's start; {@code principles} the openness
     * principles the project serves.
     */
    record ProjectRequest(@NotNull Integer number, @NotNull Integer axis, @NotBlank @Size(max = 500) String titleAr,
                          @Size(max = 500) String titleFr, @NotNull BigDecimal durationMonths,
                          @NotNull BigDecimal costMad, @Valid FundingRequest funding,
                          @Size(max = 100) List<@NotBlank @Size(max = 200) String> proposalIds,
                          LocalDate startsOn, @Size(max = 5) List<@NotNull OpennessPrinciple> principles,
                          @Size(max = 2000) String reason) {
    }

    /** Fields left out stay as they are; {@code cancelled: true} cancels the project. */
    record RevisionRequest(BigDecimal costMad, BigDecimal durationMonths, @Size(max = 500) String titleAr,
                           @Size(max = 500) String titleFr, Boolean cancelled, @NotNull LocalDate revisedOn,
                           @NotBlank @Size(max = 2000) String reason) {
    }
}
