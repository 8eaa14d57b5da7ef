package ma.remacto.programs.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ma.remacto.events.programs.OpennessPrinciple;
import ma.remacto.programs.web.MatrixRequests.FundingRequest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Bodies and answers of a draft matrix's edits and removals, and of changes to a project's proposal links. */
final class DraftEditRequests {

    private DraftEditRequests() {
    }

    /** The axis's titles as they now stand: a French title left out means none. */
    record AxisEditRequest(@NotBlank @Size(max = 500) String titleAr, @Size(max = 500) String titleFr,
                           @Size(max = 2000) String reason) {
    }

    /**
     * The project as it now stands, whole: {@code funding} left out means unknown, {@code startsOn}
     * left out that its planned end counts from the program's start; its proposal links stay.
     */
    record ProjectEditRequest(@NotNull Integer axis, @Size(max = 500) String titleAr, @Size(max = 500) String titleFr,
                              @NotNull BigDecimal durationMonths, @NotNull BigDecimal costMad,
                              @Valid FundingRequest funding, LocalDate startsOn,
                              @Size(max = 5) List<@NotNull OpennessPrinciple> principles,
                              @Size(max = 2000) String reason) {
    }

    /** An optional body: why (required for a proposal link changed after adoption). */
    record Why(@Size(max = 2000) String reason) {

        static String of(Why why) {
            return why == null ? null : why.reason();
        }
    }

    /**
     * What a request changed in a program's matrix.
     *
     * @param id     the program
     * @param path   what changed, e.g. {@code axes/2} or {@code projects/7/proposals/p-1}
     * @param change {@code EDITED}, {@code REMOVED}, {@code LINKED} or {@code UNLINKED}
     */
    record MatrixChange(String id, String path, String change) {
    }
}
