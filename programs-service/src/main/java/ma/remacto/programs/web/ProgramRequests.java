package ma.remacto.programs.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Bodies of the program's life-cycle changes. */
final class ProgramRequests {

    private ProgramRequests() {
    }

    /** {@code POST …/consultation}: the day the draft went to consultation. */
    record Consultation(@NotNull LocalDate on, @Size(max = 2000) String reason) {
    }

    /** {@code POST …/adoption}: the council's deliberation; its reference when known. */
    record Adoption(@NotBlank @Size(max = 300) String session, @NotNull LocalDate adoptedOn,
                    @Size(max = 100) String deliberationRef, @Size(max = 2000) String reason) {
    }

    /** {@code POST …/closing}: always with a reason. */
    record Closing(@NotNull LocalDate on, @NotBlank @Size(max = 2000) String reason) {
    }
}
