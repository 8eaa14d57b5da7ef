package ma.remacto.participation.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import ma.remacto.events.participation.VoteChoice;
import ma.remacto.kit.web.Ids;

import java.time.OffsetDateTime;
import java.util.List;

/** Bodies of the consultation and vote requests. */
final class ConsultationRequests {

    private ConsultationRequests() {
    }

    /** Items are proposal ids or program project refs ({@code <program>#<number>}); times carry their offset. */
    record NewConsultation(@Pattern(regexp = Ids.SLUG) String id, @NotBlank @Size(max = 300) String title,
                           @NotEmpty @Size(max = 200) List<@Valid @NotNull Item> items,
                           @NotNull OffsetDateTime opensAt, @NotNull OffsetDateTime closesAt,
                           @Size(max = 2000) String reason) {
    }

    record Item(@NotBlank @Size(max = 200) String ref, @NotBlank @Size(max = 500) String title) {
    }

    record Tally(@NotBlank @Size(max = 64) String stationId, @NotEmpty @Size(max = 200) List<@Valid @NotNull Count> items,
                 @Size(max = 2000) String reason) {
    }

    record Count(@NotBlank @Size(max = 16) String itemId,
                 @JsonProperty("for") @NotNull @PositiveOrZero Integer votesFor,
                 @JsonProperty("against") @NotNull @PositiveOrZero Integer votesAgainst) {
    }

    record Closing(@NotBlank @Size(max = 2000) String reason) {
    }

    record Extension(@NotNull OffsetDateTime closesAt, @NotBlank @Size(max = 2000) String reason) {
    }

    record Ballot(@NotNull VoteChoice choice) {
    }
}
