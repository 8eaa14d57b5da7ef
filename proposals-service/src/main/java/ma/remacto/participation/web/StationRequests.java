package ma.remacto.participation.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import ma.remacto.events.participation.ParticipantCategory;
import ma.remacto.events.participation.StationKind;
import ma.remacto.kit.web.Ids;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Bodies of the station requests; the rules on dates and agendas are the aggregate's. */
final class StationRequests {

    static final String TIME = "([01]\\d|2[0-3]):[0-5]\\d";

    private StationRequests() {
    }

    /**
     * {@code endsOn} left out is unknown (shown as {@code null}): a one-day station gives its day as
     * both; {@code reason} may explain, e.g., an approximate date.
     */
    record NewStation(@Pattern(regexp = Ids.SLUG) String id, @NotNull StationKind kind,
                      @NotBlank @Size(max = 300) String title, @NotNull LocalDate startsOn, LocalDate endsOn,
                      @Size(max = 300) String place, @Size(max = 50) List<@Valid @NotNull Slot> agenda,
                      @Size(max = 2000) String reason) {
    }

    /** A planned station's corrected details, replacing the earlier ones as a whole. */
    record EditedStation(@NotNull StationKind kind, @NotBlank @Size(max = 300) String title, @NotNull LocalDate startsOn,
                         LocalDate endsOn, @Size(max = 300) String place,
                         @Size(max = 50) List<@Valid @NotNull Slot> agenda, @Size(max = 2000) String reason) {
    }

    record Slot(@NotNull @Pattern(regexp = TIME) String startsAt, @Pattern(regexp = TIME) String endsAt,
                @NotBlank @Size(max = 300) String title) {
    }

    record Held(@Size(max = 2000) String reason) {
    }

    record Cancellation(@NotBlank @Size(max = 2000) String reason) {
    }

    /** Counts not taken stay out: {@code unspecified} counts as 0, {@code proposalsCollected} as not reported. */
    record Attendance(@NotNull @PositiveOrZero Integer women, @NotNull @PositiveOrZero Integer men,
                      @PositiveOrZero Integer unspecified,
                      Map<@NotNull ParticipantCategory, @NotNull @PositiveOrZero Integer> byCategory,
                      @PositiveOrZero Integer proposalsCollected, @Size(max = 2000) String reason) {
    }

    /** {@code approximate} is for a figure given as "about"; left out, the figure is exact. */
    record ProposalsFigure(@NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 64) String> stationIds,
                           @NotNull @PositiveOrZero Integer proposals, Boolean approximate,
                           @Size(max = 2000) String reason) {
    }

    /** The program a council-adoption station or a monitoring meeting concerns. */
    record ProgramLink(@NotBlank @Size(max = 200) String programId, @Size(max = 2000) String reason) {
    }
}
