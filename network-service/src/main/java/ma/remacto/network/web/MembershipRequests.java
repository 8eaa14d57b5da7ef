package ma.remacto.network.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Bodies of the membership changes. */
final class MembershipRequests {

    private MembershipRequests() {
    }

    /** Suspension, reinstatement, withdrawal and a new application: dated, with a reason. */
    record DatedChange(@NotNull LocalDate on, @NotBlank @Size(max = 2000) String reason) {
    }

    /** {@code signatory} may be left out when it is not documented; {@code reason} explains, e.g., an approximate date. */
    record CharterSignature(@NotNull LocalDate signedOn, @Size(max = 300) String signatory,
                            @Size(max = 2000) String reason) {
    }
}
