package ma.remacto.network.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import ma.remacto.events.network.AdmissionDecision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** {@code POST /api/collectivities/{id}/admission}: the decision on an application. */
record AdmissionRequest(
        @NotNull AdmissionDecision decision,
        @NotNull LocalDate decidedOn,
        Map<@NotBlank @Size(max = 200) String, @NotNull @PositiveOrZero BigDecimal> indicators,
        @Size(max = 2000) String reason) {

    @AssertTrue(message = "a rejection needs a reason")
    boolean isReasonGivenForRejection() {
        return decision != AdmissionDecision.REJECTED || (reason != null && !reason.isBlank());
    }
}
