package ma.remacto.participation.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ma.remacto.events.participation.ProcessPhase;

import java.time.LocalDate;

/** {@code POST /api/processes/{id}/phase}: the next phase and the business date it began. */
record PhaseChange(@NotNull ProcessPhase phase, @NotNull LocalDate on, @Size(max = 2000) String reason) {
}
