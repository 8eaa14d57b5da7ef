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

    /** The same consultation within its current window. */
    ConsultationView within(VotingWindow window) {
        return new ConsultationView(id, processId, collectivityId, title, window.opensAt(), window.closesAt(), items);
    }

    public boolean hasItem(String itemId) {
        return items.stream().anyMatch(item -> item.itemId().equals(itemId));
    }
}
