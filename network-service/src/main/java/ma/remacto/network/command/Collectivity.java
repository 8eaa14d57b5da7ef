package ma.remacto.network.command;

import ma.remacto.events.network.AdmissionDecidedEvent;
import ma.remacto.events.network.AdmissionDecision;
import ma.remacto.events.network.CharterSignedEvent;
import ma.remacto.events.network.CollectivityKind;
import ma.remacto.events.network.CollectivityReappliedEvent;
import ma.remacto.events.network.CollectivityRegisteredEvent;
import ma.remacto.events.network.CommitteeMemberAppointedEvent;
import ma.remacto.events.network.CommitteeMemberRemovedEvent;
import ma.remacto.events.network.MembershipReinstatedEvent;
import ma.remacto.events.network.MembershipSuspendedEvent;
import ma.remacto.events.network.MembershipWithdrawnEvent;
import ma.remacto.kit.web.BadRequest;
import ma.remacto.kit.web.RuleViolation;
import ma.remacto.network.command.CommitteeCommands.AppointCommitteeMemberCommand;
import ma.remacto.network.command.CommitteeCommands.RemoveCommitteeMemberCommand;
import ma.remacto.network.command.MembershipCommands.DecideAdmissionCommand;
import ma.remacto.network.command.MembershipCommands.ImportMemberCommand;
import ma.remacto.network.command.MembershipCommands.ReapplyCommand;
import ma.remacto.network.command.MembershipCommands.RegisterCollectivityCommand;
import ma.remacto.network.command.MembershipCommands.ReinstateMembershipCommand;
import ma.remacto.network.command.MembershipCommands.SignCharterCommand;
import ma.remacto.network.command.MembershipCommands.SuspendMembershipCommand;
import ma.remacto.network.command.MembershipCommands.WithdrawMembershipCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A territorial collectivity in its relation to the network: application, admission, charter,
 * suspension, withdrawal, a new application, and its openness committee. Dated changes carry
 * business dates, which never go back before the previous dated change.
 */
@Aggregate
public class Collectivity {

    private static final Set<MembershipStatus> MEMBER = EnumSet.of(
            MembershipStatus.ADMITTED, MembershipStatus.ACTIVE, MembershipStatus.SUSPENDED);

    @AggregateIdentifier
    private String id;
    private MembershipStatus status;
    private boolean charterSigned;
    private LocalDate lastDated;
    private final Committee committee = new Committee();

    protected Collectivity() {
    }

    @CommandHandler
    public Collectivity(RegisterCollectivityCommand command) {
        apply(new CollectivityRegisteredEvent(command.collectivityId(), command.kind(), command.nameAr().strip(),
                command.nameFr().strip(), blankToNull(command.nameTzm()),
                regionOf(command.collectivityId(), command.kind(), command.regionId()), blankToNull(command.province())));
    }

    @CommandHandler
    public Collectivity(ImportMemberCommand command) {
        this(new RegisterCollectivityCommand(command.collectivityId(), command.kind(), command.nameAr(),
                command.nameFr(), null, command.regionId(), null));
        if (command.admittedOn() != null) {
            notInFuture(command.admittedOn());
            apply(new AdmissionDecidedEvent(command.collectivityId(), AdmissionDecision.ADMITTED, command.admittedOn(),
                    Map.of()));
        }
    }

    @CommandHandler
    public void handle(ReapplyCommand command) {
        require(status == MembershipStatus.REJECTED || status == MembershipStatus.WITHDRAWN, "cannot-reapply",
                "only a rejected or withdrawn collectivity may apply again");
        dated(command.appliedOn());
        apply(new CollectivityReappliedEvent(id, command.appliedOn()));
    }

    @CommandHandler
    public void handle(DecideAdmissionCommand command) {
        require(status == MembershipStatus.APPLIED, "admission-already-decided",
                "the application of '" + id + "' was already decided: " + status);
        dated(command.decidedOn());
        apply(new AdmissionDecidedEvent(id, command.decision(), command.decidedOn(),
                command.indicators() == null ? Map.of() : Map.copyOf(command.indicators())));
    }

    @CommandHandler
    public void handle(SignCharterCommand command) {
        require(status == MembershipStatus.ADMITTED && !charterSigned, "charter-not-signable",
                "the charter is signed once, after admission; '" + id + "' is " + status);
        dated(command.signedOn());
        apply(new CharterSignedEvent(id, command.signedOn(), blankToNull(command.signatory())));
    }

    @CommandHandler
    public void handle(SuspendMembershipCommand command) {
        require(status == MembershipStatus.ADMITTED || status == MembershipStatus.ACTIVE, "not-suspendable",
                "only a member in good standing can be suspended; '" + id + "' is " + status);
        dated(command.on());
        apply(new MembershipSuspendedEvent(id, command.on()));
    }

    @CommandHandler
    public void handle(ReinstateMembershipCommand command) {
        require(status == MembershipStatus.SUSPENDED, "not-suspended", "'" + id + "' is not suspended but " + status);
        dated(command.on());
        apply(new MembershipReinstatedEvent(id, command.on()));
    }

    @CommandHandler
    public void handle(WithdrawMembershipCommand command) {
        require(MEMBER.contains(status), "not-a-member", "'" + id + "' is not a member but " + status);
        dated(command.on());
        apply(new MembershipWithdrawnEvent(id, command.on()));
    }

    @CommandHandler
    public void handle(AppointCommitteeMemberCommand command) {
        require(MEMBER.contains(status), "not-a-member", "only a member of the network has an openness committee");
        notInFuture(command.appointedOn());
        committee.checkAppointment(command);
        apply(new CommitteeMemberAppointedEvent(id, command.memberId(), command.fullName().strip(), command.role(),
                command.gender(), command.appointedOn()));
    }

    @CommandHandler
    public void handle(RemoveCommitteeMemberCommand command) {
        notInFuture(command.removedOn());
        committee.checkRemoval(command);
        apply(new CommitteeMemberRemovedEvent(id, command.memberId(), command.removedOn()));
    }

    private static String regionOf(String id, CollectivityKind kind, String regionId) {
        if (kind != CollectivityKind.REGION) {
            if (regionId != null && Regions.byId(regionId).isEmpty()) {
                throw new BadRequest("unknown-region", "'" + regionId + "' is not one of the 12 regions");
            }
            return regionId;
        }
        if (Regions.byId(id).isEmpty()) {
            throw new BadRequest("unknown-region", "a region member's id must be one of the 12 regions, not '" + id + "'");
        }
        if (regionId != null && !regionId.equals(id)) {
            throw new BadRequest("region-mismatch", "a region lies in itself, not in '" + regionId + "'");
        }
        return id;
    }

    private static void require(boolean rule, String code, String detail) {
        if (!rule) {
            throw new RuleViolation(code, detail);
        }
    }

    private static void notInFuture(LocalDate date) {
        if (date.isAfter(LocalDate.now())) {
            throw new BadRequest("date-in-future", date + " is in the future");
        }
    }

    /** Business dates move forward: a change cannot be dated before the previous one. */
    private void dated(LocalDate date) {
        notInFuture(date);
        if (lastDated != null && date.isBefore(lastDated)) {
            throw new RuleViolation("date-before-previous-change",
                    date + " is before the previous change of '" + id + "', dated " + lastDated);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @EventSourcingHandler
    void on(CollectivityRegisteredEvent event) {
        id = event.collectivityId();
        status = MembershipStatus.APPLIED;
    }

    @EventSourcingHandler
    void on(CollectivityReappliedEvent event) {
        status = MembershipStatus.APPLIED;
        charterSigned = false;
        lastDated = event.appliedOn();
    }

    @EventSourcingHandler
    void on(AdmissionDecidedEvent event) {
        status = event.decision() == AdmissionDecision.ADMITTED ? MembershipStatus.ADMITTED : MembershipStatus.REJECTED;
        lastDated = event.decidedOn();
    }

    @EventSourcingHandler
    void on(CharterSignedEvent event) {
        status = MembershipStatus.ACTIVE;
        charterSigned = true;
        lastDated = event.signedOn();
    }

    @EventSourcingHandler
    void on(MembershipSuspendedEvent event) {
        status = MembershipStatus.SUSPENDED;
        lastDated = event.suspendedOn();
    }

    @EventSourcingHandler
    void on(MembershipReinstatedEvent event) {
        status = charterSigned ? MembershipStatus.ACTIVE : MembershipStatus.ADMITTED;
        lastDated = event.reinstatedOn();
    }

    @EventSourcingHandler
    void on(MembershipWithdrawnEvent event) {
        status = MembershipStatus.WITHDRAWN;
        lastDated = event.withdrawnOn();
    }

    @EventSourcingHandler
    void on(CommitteeMemberAppointedEvent event) {
        committee.on(event);
    }

    @EventSourcingHandler
    void on(CommitteeMemberRemovedEvent event) {
        committee.on(event);
    }
}
