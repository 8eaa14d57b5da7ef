package ma.remacto.network.command;

import ma.remacto.events.Gender;
import ma.remacto.events.network.CommitteeRole;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** The commands on a collectivity's openness committee (handled by the collectivity). */
public final class CommitteeCommands {

    private CommitteeCommands() {
    }

    /** {@code fullName} in clear: the collectivity seals it before it becomes an event. */
    public record AppointCommitteeMemberCommand(
            @TargetAggregateIdentifier String collectivityId, String memberId, String fullName, CommitteeRole role,
            Gender gender, LocalDate appointedOn) {
    }

    /** Every field of a sitting member's seat as it should now stand; {@code fullName} in clear, as above. */
    public record EditCommitteeMemberCommand(
            @TargetAggregateIdentifier String collectivityId, String memberId, String fullName, CommitteeRole role,
            Gender gender, LocalDate appointedOn) {
    }

    public record RemoveCommitteeMemberCommand(
            @TargetAggregateIdentifier String collectivityId, String memberId, LocalDate removedOn) {
    }

    /** Erases a member's name for good; the reason (required) travels as metadata. */
    public record EraseCommitteeMemberCommand(@TargetAggregateIdentifier String collectivityId, String memberId) {
    }
}
