package ma.remacto.network.command;

import ma.remacto.events.network.CommitteeMemberAppointedEvent;
import ma.remacto.events.network.CommitteeMemberErasedEvent;
import ma.remacto.events.network.CommitteeMemberRemovedEvent;
import ma.remacto.events.network.CommitteeRole;
import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.kit.domain.NotFound;
import ma.remacto.kit.domain.RuleViolation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The openness committee of one collectivity, as its aggregate sees it: who sits, in which role,
 * since when. Some offices are held by one person at a time.
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
        if (SINGLE_SEAT.contains(command.role())) {
            seated.entrySet().stream().filter(e -> e.getValue().role() == command.role()).findFirst().ifPresent(e -> {
                throw new RuleViolation("single-seat-taken", "the committee already has a " + command.role()
                        + " (member '" + e.getKey() + "'): remove them first");
            });
        }
    }

    void checkRemoval(CommitteeCommands.RemoveCommitteeMemberCommand command) {
        Seat seat = seated.get(command.memberId());
        if (seat == null) {
            throw new RuleViolation("not-on-committee", "'" + command.memberId() + "' does not sit on the committee");
        }
        if (command.removedOn().isBefore(seat.since())) {
            throw new InvalidCommand("removed-before-appointed",
                    "a member appointed on " + seat.since() + " cannot leave on " + command.removedOn());
        }
    }

    /** Any member ever appointed may be erased, sitting or not, once. */
    void checkErasure(CommitteeCommands.EraseCommitteeMemberCommand command) {
        if (!everSeated.contains(command.memberId())) {
            throw new NotFound("committee member", command.memberId());
        }
        if (erased.contains(command.memberId())) {
            throw new RuleViolation("already-erased", "the name of committee member '" + command.memberId()
                    + "' was erased already");
        }
    }

    void on(CommitteeMemberAppointedEvent event) {
        seated.put(event.memberId(), new Seat(event.role(), event.appointedOn()));
        everSeated.add(event.memberId());
    }

    void on(CommitteeMemberRemovedEvent event) {
        seated.remove(event.memberId());
    }

    void on(CommitteeMemberErasedEvent event) {
        erased.add(event.memberId());
    }
}
