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

    public record RecordInPersonTallyCommand(
            @TargetAggregateIdentifier String processId, String consultationId, String stationId,
            List<ItemCount> items) {
    }
}
