package ma.remacto.network.command;

import ma.remacto.events.network.AdmissionDecision;
import ma.remacto.events.network.CharterCommitment;
import ma.remacto.events.network.CollectivityKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** The commands of a collectivity's membership of the network. */
public final class MembershipCommands {

    private MembershipCommands() {
    }

    /** {@code appliedOn} may be null: the application is then dated the day it is registered. */
    public record RegisterCollectivityCommand(
            String collectivityId, CollectivityKind kind, String nameAr, String nameFr, String nameTzm,
            String regionId, String province, LocalDate appliedOn) {
    }

    /** Every editable field as it should now stand; kind and region are not editable. */
    public record EditCollectivityCommand(
            @TargetAggregateIdentifier String collectivityId, String nameAr, String nameFr, String nameTzm,
            String province) {
    }

    /** Registers an applicant and, when {@code admittedOn} is given, records its admission: one line of an import. */
    public record ImportMemberCommand(
            String collectivityId, CollectivityKind kind, String nameAr, String nameFr, String regionId,
            LocalDate admittedOn) {
    }

    public record ReapplyCommand(@TargetAggregateIdentifier String collectivityId, LocalDate appliedOn) {
    }

    public record DecideAdmissionCommand(
            @TargetAggregateIdentifier String collectivityId, AdmissionDecision decision, LocalDate decidedOn,
            Map<String, BigDecimal> indicators) {
    }

    public record SignCharterCommand(@TargetAggregateIdentifier String collectivityId, LocalDate signedOn,
                                     String signatory) {
    }

    /** Evidence that the member keeps one of its charter commitments, as of {@code on}. */
    public record FollowUpCharterCommitmentCommand(
            @TargetAggregateIdentifier String collectivityId, CharterCommitment commitment, String evidence,
            LocalDate on) {
    }

    public record SuspendMembershipCommand(@TargetAggregateIdentifier String collectivityId, LocalDate on) {
    }

    public record ReinstateMembershipCommand(@TargetAggregateIdentifier String collectivityId, LocalDate on) {
    }

    public record WithdrawMembershipCommand(@TargetAggregateIdentifier String collectivityId, LocalDate on) {
    }
}
