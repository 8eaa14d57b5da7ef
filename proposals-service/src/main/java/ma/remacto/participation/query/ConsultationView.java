package ma.remacto.participation.query;

import ma.remacto.events.participation.ConsultationItem;
import ma.remacto.participation.command.VotingWindow;

import java.time.Instant;
import java.util.List;

/** A consultation's setup: where it belongs, its voting window and its items. */
public record ConsultationView(
        String id,
        String processId,
        String collectivityId,
        String title,
        Instant opensAt,
        Instant closesAt,
        List<ConsultationItem> items) {

    public VotingWindow window() {
        return new VotingWindow(opensAt, closesAt);
    }

    public boolean hasItem(String itemId) {
        return items.stream().anyMatch(item -> item.itemId().equals(itemId));
    }
}
