package ma.remacto.network.command;

import ma.remacto.events.network.AdmissionDecision;
import ma.remacto.events.network.CollectivityKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** The commands of a collectivity's membership of the network. */
public final class MembershipCommands {

    private MembershipCommands() {
    }

    public record RegisterCollectivityCommand(
            String collectivityId, CollectivityKind kind, String nameAr, String nameFr, String nameTzm,
            String regionId, String province) {
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

    public record SuspendMembershipCommand(@TargetAggregateIdentifier String collectivityId, LocalDate on) {
    }

    public record ReinstateMembershipCommand(@TargetAggregateIdentifier String collectivityId, LocalDate on) {
    }

    public record WithdrawMembershipCommand(@TargetAggregateIdentifier String collectivityId, LocalDate on) {
    }
}
