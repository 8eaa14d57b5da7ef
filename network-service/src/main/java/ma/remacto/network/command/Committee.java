package ma.remacto.network.command;

import ma.remacto.kit.domain.Checks;
import ma.remacto.events.EventMetadata;
import ma.remacto.events.network.CommitteeMemberAppointedEvent;
import ma.remacto.events.network.CommitteeMemberEditedEvent;
import ma.remacto.events.network.CommitteeMemberErasedEvent;
import ma.remacto.events.network.CommitteeMemberRemovedEvent;
import ma.remacto.events.network.CommitteeRole;
import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.kit.domain.NotFound;
import ma.remacto.kit.domain.RuleViolation;
import ma.remacto.kit.keys.DataKeys;
import ma.remacto.kit.keys.Redaction;
import ma.remacto.network.command.CommitteeCommands.EditCommitteeMemberCommand;
import ma.remacto.network.command.CommitteeCommands.EraseCommitteeMemberCommand;
import ma.remacto.network.command.CommitteeCommands.RemoveCommitteeMemberCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The openness committee of one collectivity, a member of its aggregate: who sits, in which role,
 * since when. Some offices are held by one person at a time. Appointments are decided by the
 * collectivity (only a member of the network has a committee); corrections, removals and
 * erasures are the committee's own.
 */
final class Committee {

    /** Offices held by one person at a time: the chair (the council president), the equality body's chair, … */
    static final Set<CommitteeRole> SINGLE_SEAT = EnumSet.of(CommitteeRole.CHAIR, CommitteeRole.COUNCIL_SECRETARY,
            CommitteeRole.EQUALITY_BODY_CHAIR, CommitteeRole.DIRECTOR_GENERAL_OF_SERVICES);

    private record Seat(CommitteeRole role, LocalDate since) {
    }

    private final Map<String, Seat> seated = new HashMap<>();
    private final Set<String> everSeated = new HashSet<>();
    private final Set<String> erased = new HashSet<>();

    /**
     * The id of the data key that seals a seat's name, which is also the name's data subject: one
     * key per seat, so erasing one member leaves every other name readable.
     */
    static String nameKey(String collectivityId, String memberId) {
        return "committee:" + collectivityId + ":" + memberId;
    }

    void checkAppointment(CommitteeCommands.AppointCommitteeMemberCommand command) {
        if (everSeated.contains(command.memberId())) {
            throw new RuleViolation("member-id-used", "committee member id '" + command.memberId() + "' is taken");
        }
        singleSeatFree(command.role(), command.memberId());
    }

    /**
     * Corrects a sitting member's seat. The name is sealed again under the seat's own key, so an
     * erasure still reaches it; an erased name is not written again.
     */
    @CommandHandler
    void handle(EditCommitteeMemberCommand command, DataKeys keys) {
        Checks.notInFuture(command.appointedOn(), "appointedOn");
        if (!seated.containsKey(command.memberId())) {
            throw new RuleViolation("not-on-committee", "'" + command.memberId() + "' does not sit on the committee");
        }
        if (erased.contains(command.memberId())) {
            throw new RuleViolation("already-erased", "the name of committee member '" + command.memberId()
                    + "' was erased: it cannot be written again");
        }
        singleSeatFree(command.role(), command.memberId());
        String key = nameKey(command.collectivityId(), command.memberId());
        apply(new CommitteeMemberEditedEvent(command.collectivityId(), command.memberId(),
                keys.seal(key, key, command.fullName().strip()), command.role(), command.gender(),
                command.appointedOn()));
    }

    @CommandHandler
    void handle(RemoveCommitteeMemberCommand command) {
        Checks.notInFuture(command.removedOn(), "removedOn");
        Seat seat = seated.get(command.memberId());
        if (seat == null) {
            throw new RuleViolation("not-on-committee", "'" + command.memberId() + "' does not sit on the committee");
        }
        if (command.removedOn().isBefore(seat.since())) {
            throw new InvalidCommand("removed-before-appointed",
                    "removedOn: a member appointed on " + seat.since() + " cannot leave on " + command.removedOn());
        }
        apply(new CommitteeMemberRemovedEvent(command.collectivityId(), command.memberId(), command.removedOn()));
    }

    /**
     * Makes a member's name unreadable for good (Moroccan law 09-08): its key is destroyed in the
     * transaction that records the erasure. Any member ever appointed may be erased, sitting or
     * not, once; the seat stays, so the committee's history and gender balance do not change.
     */
    @CommandHandler
    void handle(EraseCommitteeMemberCommand command, @MetaDataValue(EventMetadata.REASON) String reason,
                DataKeys keys) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidCommand("reason-required", "reason: an erasure needs a reason");
        }
        if (!everSeated.contains(command.memberId())) {
            throw new NotFound("committee member", command.memberId());
        }
        if (erased.contains(command.memberId())) {
            throw new RuleViolation("already-erased", "the name of committee member '" + command.memberId()
                    + "' was erased already");
        }
        keys.shred(nameKey(command.collectivityId(), command.memberId()), Redaction.ERASED);
        apply(new CommitteeMemberErasedEvent(command.collectivityId(), command.memberId()));
    }

    private void singleSeatFree(CommitteeRole role, String memberId) {
        if (SINGLE_SEAT.contains(role)) {
            seated.entrySet().stream().filter(e -> e.getValue().role() == role && !e.getKey().equals(memberId))
                    .findFirst().ifPresent(e -> {
                        throw new RuleViolation("single-seat-taken", "the committee already has a " + role
                                + " (member '" + e.getKey() + "'): remove them first");
                    });
        }
    }

    @EventSourcingHandler
    void on(CommitteeMemberAppointedEvent event) {
        seated.put(event.memberId(), new Seat(event.role(), event.appointedOn()));
        everSeated.add(event.memberId());
    }

    @EventSourcingHandler
    void on(CommitteeMemberEditedEvent event) {
        seated.put(event.memberId(), new Seat(event.role(), event.appointedOn()));
    }

    @EventSourcingHandler
    void on(CommitteeMemberRemovedEvent event) {
        seated.remove(event.memberId());
    }

    @EventSourcingHandler
    void on(CommitteeMemberErasedEvent event) {
        erased.add(event.memberId());
    }
}
