package ma.remacto.programs.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ma.remacto.kit.web.Ids;

/**
 * {@code POST /api/programs}: draft a program. Years are boxed so that a missing one is an
 * error rather than a silent 0; the period's rules are the aggregate's.
 */
record DraftProgramRequest(
        @Pattern(regexp = Ids.SLUG) String id,
        @NotBlank @Pattern(regexp = Ids.SLUG) String collectivityId,
        @NotBlank @Size(max = 300) String title,
        @NotNull Integer startYear,
        @NotNull Integer endYear) {
}
