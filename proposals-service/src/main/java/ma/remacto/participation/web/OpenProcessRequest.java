package ma.remacto.participation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ma.remacto.kit.web.Ids;

/** {@code POST /api/processes}: open a co-creation process; the cycle's rules are the aggregate's. */
record OpenProcessRequest(
        @Pattern(regexp = Ids.SLUG) String id,
        @NotBlank @Pattern(regexp = Ids.SLUG) String collectivityId,
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 20) String cycle) {
}
