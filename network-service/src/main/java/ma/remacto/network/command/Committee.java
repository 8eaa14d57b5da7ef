package ma.remacto.network.command;

import ma.remacto.events.network.CommitteeMemberAppointedEvent;
import ma.remacto.events.network.CommitteeMemberRemovedEvent;
import ma.remacto.events.network.CommitteeRole;
import ma.remacto.kit.web.BadRequest;
import ma.remacto.kit.web.RuleViolation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
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
    private final Set<String> everSeated = new java.util.HashSet<>();

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
            throw new BadRequest("removed-before-appointed",
                    "a member appointed on " + seat.since() + " cannot leave on " + command.removedOn());
        }
    }

    void on(CommitteeMemberAppointedEvent event) {
        seated.put(event.memberId(), new Seat(event.role(), event.appointedOn()));
        everSeated.add(event.memberId());
    }

    void on(CommitteeMemberRemovedEvent event) {
        seated.remove(event.memberId());
    }
}
