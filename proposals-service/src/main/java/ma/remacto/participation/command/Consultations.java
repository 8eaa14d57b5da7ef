package ma.remacto.participation.command;

import ma.remacto.events.participation.ConsultationItem;
import ma.remacto.events.participation.ConsultationOpenedEvent;
import ma.remacto.events.participation.InPersonTallyRecordedEvent;
import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.kit.domain.NotFound;
import ma.remacto.kit.domain.RuleViolation;
import ma.remacto.participation.command.ConsultationCommands.ItemCount;
import ma.remacto.participation.command.ConsultationCommands.NewItem;
import ma.remacto.participation.command.ConsultationCommands.OpenConsultationCommand;
import ma.remacto.participation.command.ConsultationCommands.RecordInPersonTallyCommand;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The consultations of one process, as its aggregate sees them: their items. Items are numbered
 * {@code 1}, {@code 2}, … in the order given. A ref that looks like a proposal id (the server's
 * UUIDs) must be a proposal of this process; a program project ref ({@code temara-2025-2026#7})
 * is programs-service's to know, and other refs (a client-chosen proposal id, a draft's name) are
 * taken as given.
 */
final class Consultations {

    private static final Pattern PROPOSAL_ID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final Map<String, Set<String>> itemsByConsultation = new HashMap<>();

    ConsultationOpenedEvent open(String processId, String collectivityId, OpenConsultationCommand command,
                                 Proposals proposals) {
        if (itemsByConsultation.containsKey(command.consultationId())) {
            throw new RuleViolation("already-exists", "the process has a consultation '" + command.consultationId()
                    + "' already");
        }
        String title = Text.required(command.title(), "title-required", "a consultation's title");
        VotingWindow window = VotingWindow.of(command.opensAt(), command.closesAt());
        if (command.items() == null || command.items().isEmpty()) {
            throw new InvalidCommand("items-required", "a consultation puts at least one item to the vote");
        }
        List<ConsultationItem> items = new ArrayList<>();
        Set<String> refs = new HashSet<>();
        for (NewItem item : command.items()) {
            String ref = Text.required(item.ref(), "invalid-item", "the ref of item " + (items.size() + 1));
            if (!refs.add(ref)) {
                throw new InvalidCommand("duplicate-item", "'" + ref + "' is put to the vote twice");
            }
            if (PROPOSAL_ID.matcher(ref).matches() && !proposals.contains(ref)) {
                throw new InvalidCommand("unknown-proposal", "'" + ref + "' is not a proposal of this process");
            }
            items.add(new ConsultationItem(Integer.toString(items.size() + 1), ref,
                    Text.required(item.title(), "invalid-item", "the title of item " + (items.size() + 1))));
        }
        return new ConsultationOpenedEvent(command.consultationId(), processId, collectivityId, title, List.copyOf(items),
                window.opensAt(), window.closesAt());
    }

    /** A tally counts existing items of the consultation, each once, at a station of the process. */
    InPersonTallyRecordedEvent tally(RecordInPersonTallyCommand command, Stations stations) {
        Set<String> known = itemsByConsultation.get(command.consultationId());
        if (known == null) {
            throw new NotFound("consultation", command.consultationId());
        }
        stations.requireReferenced(command.stationId());
        if (command.items() == null || command.items().isEmpty()) {
            throw new InvalidCommand("items-required", "a tally counts at least one item");
        }
        Set<String> counted = new HashSet<>();
        List<InPersonTallyRecordedEvent.ItemTally> tallies = new ArrayList<>();
        for (ItemCount count : command.items()) {
            if (!known.contains(count.itemId())) {
                throw new InvalidCommand("unknown-item", "'" + count.itemId() + "' is not an item of this consultation");
            }
            if (!counted.add(count.itemId())) {
                throw new InvalidCommand("duplicate-item", "item '" + count.itemId() + "' is counted twice");
            }
            if (count.votesFor() < 0 || count.votesAgainst() < 0) {
                throw new InvalidCommand("negative-count", "ballot counts are zero or more");
            }
            tallies.add(new InPersonTallyRecordedEvent.ItemTally(count.itemId(), count.votesFor(), count.votesAgainst()));
        }
        return new InPersonTallyRecordedEvent(command.consultationId(), command.stationId(), List.copyOf(tallies));
    }

    void on(ConsultationOpenedEvent event) {
        Set<String> items = new HashSet<>();
        event.items().forEach(item -> items.add(item.itemId()));
        itemsByConsultation.put(event.consultationId(), items);
    }
}
