package ma.remacto.participation.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** The commands on the consultations of a co-creation process (handled by the process). */
public final class ConsultationCommands {

    private ConsultationCommands() {
    }

    /** An item to put to the vote: a proposal id or a program project ref ({@code <program>#<number>}). */
    public record NewItem(String ref, String title) {
    }

    public record OpenConsultationCommand(
            @TargetAggregateIdentifier String processId, String consultationId, String title, List<NewItem> items,
            Instant opensAt, Instant closesAt) {
    }

    public record ItemCount(String itemId, int votesFor, int votesAgainst) {
    }

    /** {@code at} is when the request arrived: a tally after closing is refused. */
    public record RecordInPersonTallyCommand(
            @TargetAggregateIdentifier String processId, String consultationId, String stationId,
            List<ItemCount> items, Instant at) {
    }

    /** Closes the consultation at {@code at}, when the request arrived, before its planned closing. */
    public record CloseConsultationCommand(
            @TargetAggregateIdentifier String processId, String consultationId, String reason, Instant at) {
    }

    /** Moves the closing to {@code closesAt}; {@code at} is when the request arrived. */
    public record ExtendConsultationCommand(
            @TargetAggregateIdentifier String processId, String consultationId, Instant closesAt, String reason,
            Instant at) {
    }
}
