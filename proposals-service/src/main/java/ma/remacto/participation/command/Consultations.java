package ma.remacto.participation.command;

import ma.remacto.events.participation.ConsultationClosedEvent;
import ma.remacto.events.participation.ConsultationExtendedEvent;
import ma.remacto.events.participation.ConsultationItem;
import ma.remacto.events.participation.ConsultationOpenedEvent;
import ma.remacto.events.participation.InPersonTallyRecordedEvent;
import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.kit.domain.NotFound;
import ma.remacto.kit.domain.RuleViolation;
import ma.remacto.participation.command.ConsultationCommands.CloseConsultationCommand;
import ma.remacto.participation.command.ConsultationCommands.ExtendConsultationCommand;
import ma.remacto.participation.command.ConsultationCommands.ItemCount;
import ma.remacto.participation.command.ConsultationCommands.NewItem;
import ma.remacto.participation.command.ConsultationCommands.OpenConsultationCommand;
import ma.remacto.participation.command.ConsultationCommands.RecordInPersonTallyCommand;

import java.time.Instant;
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

    /** What the process knows of each consultation: its items and its voting window. */
    private record Known(Set<String> items, VotingWindow window) {
    }

    private final Map<String, Known> consultations = new HashMap<>();

    ConsultationOpenedEvent open(String processId, String collectivityId, OpenConsultationCommand command,
                                 Proposals proposals) {
        if (consultations.containsKey(command.consultationId())) {
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

    /**
     * A tally counts existing items of the consultation, each once, at a station of the process,
     * before the consultation closes: once closed, its results no longer change.
     */
    InPersonTallyRecordedEvent tally(RecordInPersonTallyCommand command, Stations stations) {
        Known consultation = require(command.consultationId());
        consultation.window().requireNotClosedAt(command.at());
        Set<String> known = consultation.items();
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

    /** Closing early is for a consultation not closed yet; it may close before it opened (then it never took votes). */
    ConsultationClosedEvent close(String processId, CloseConsultationCommand command) {
        String reason = Text.required(command.reason(), "reason-required", "the reason for closing a consultation early");
        require(command.consultationId()).window().requireNotClosedAt(command.at());
        return new ConsultationClosedEvent(command.consultationId(), processId, command.at(), reason);
    }

    /** Extending is for a consultation not closed yet, to a later closing still to come. */
    ConsultationExtendedEvent extend(String processId, ExtendConsultationCommand command) {
        String reason = Text.required(command.reason(), "reason-required", "the reason for extending a consultation");
        VotingWindow window = require(command.consultationId()).window();
        window.requireNotClosedAt(command.at());
        if (command.closesAt() == null) {
            throw new InvalidCommand("closes-at-required", "an extension gives the new closesAt");
        }
        if (!command.closesAt().isAfter(command.at())) {
            throw new InvalidCommand("closes-at-past", "closesAt (" + command.closesAt() + ") must be after now");
        }
        if (!command.closesAt().isAfter(window.closesAt())) {
            throw new InvalidCommand("not-an-extension", "closesAt (" + command.closesAt()
                    + ") must be after the current closing (" + window.closesAt() + ")");
        }
        return new ConsultationExtendedEvent(command.consultationId(), processId, command.closesAt(), reason);
    }

    private Known require(String consultationId) {
        Known consultation = consultations.get(consultationId);
        if (consultation == null) {
            throw new NotFound("consultation", consultationId);
        }
        return consultation;
    }

    void on(ConsultationOpenedEvent event) {
        Set<String> items = new HashSet<>();
        event.items().forEach(item -> items.add(item.itemId()));
        consultations.put(event.consultationId(), new Known(items, new VotingWindow(event.opensAt(), event.closesAt())));
    }

    void on(ConsultationClosedEvent event) {
        closeAt(event.consultationId(), event.closedAt());
    }

    void on(ConsultationExtendedEvent event) {
        closeAt(event.consultationId(), event.closesAt());
    }

    private void closeAt(String consultationId, Instant closesAt) {
        Known known = consultations.get(consultationId);
        consultations.put(consultationId, new Known(known.items(), new VotingWindow(known.window().opensAt(), closesAt)));
    }
}
