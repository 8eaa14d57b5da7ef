package ma.remacto.network.command;

import ma.remacto.events.EventMetadata;
import ma.remacto.events.network.AdmissionDecidedEvent;
import ma.remacto.events.network.AdmissionDecision;
import ma.remacto.events.network.CharterSignedEvent;
import ma.remacto.events.network.CollectivityReappliedEvent;
import ma.remacto.events.network.CollectivityRegisteredEvent;
import ma.remacto.events.network.CommitteeMemberAppointedEvent;
import ma.remacto.events.network.CommitteeMemberErasedEvent;
import ma.remacto.events.network.CommitteeMemberRemovedEvent;
import ma.remacto.events.network.MembershipReinstatedEvent;
import ma.remacto.events.network.MembershipStandingChangedEvent;
import ma.remacto.events.network.MembershipSuspendedEvent;
import ma.remacto.events.network.MembershipWithdrawnEvent;
import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.kit.domain.RuleViolation;
import ma.remacto.kit.keys.DataKeys;
import ma.remacto.kit.keys.Redaction;
import ma.remacto.network.command.CommitteeCommands.AppointCommitteeMemberCommand;
import ma.remacto.network.command.CommitteeCommands.EraseCommitteeMemberCommand;
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
import org.axonframework.messaging.annotation.MetaDataValue;
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
 *
 * <p>It also decides the collectivity's standing: admitted and active members are in good
 * standing and may start new work in the other services; applicants, rejected, suspended and
 * withdrawn collectivities are not. Whenever a membership change changes the standing, a
 * {@link MembershipStandingChangedEvent} follows it, dated the same day, so that the other
 * services' replicas read the outcome and hold no rule of their own.
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
                Regions.ofMember(command.collectivityId(), command.kind(), command.regionId()),
                blankToNull(command.province())));
    }

    @CommandHandler
    public Collectivity(ImportMemberCommand command) {
        this(new RegisterCollectivityCommand(command.collectivityId(), command.kind(), command.nameAr(),
                command.nameFr(), null, command.regionId(), null));
        if (command.admittedOn() != null) {
            notInFuture(command.admittedOn());
            apply(new AdmissionDecidedEvent(command.collectivityId(), AdmissionDecision.ADMITTED, command.admittedOn(),
                    Map.of()));
            // A constructor's events reach the state only once it returns: an applicant, now admitted.
            apply(new MembershipStandingChangedEvent(command.collectivityId(), true, command.admittedOn()));
        }
    }

    @CommandHandler
    public void handle(ReapplyCommand command) {
        require(status == MembershipStatus.REJECTED || status == MembershipStatus.WITHDRAWN, "cannot-reapply",
                "only a rejected or withdrawn collectivity may apply again");
        dated(command.appliedOn());
        changeMembership(new CollectivityReappliedEvent(id, command.appliedOn()), command.appliedOn());
    }

    @CommandHandler
    public void handle(DecideAdmissionCommand command) {
        require(status == MembershipStatus.APPLIED, "admission-already-decided",
                "the application of '" + id + "' was already decided: " + status);
        dated(command.decidedOn());
        changeMembership(new AdmissionDecidedEvent(id, command.decision(), command.decidedOn(),
                command.indicators() == null ? Map.of() : Map.copyOf(command.indicators())), command.decidedOn());
    }

    @CommandHandler
    public void handle(SignCharterCommand command) {
        require(status == MembershipStatus.ADMITTED && !charterSigned, "charter-not-signable",
                "the charter is signed once, after admission; '" + id + "' is " + status);
        dated(command.signedOn());
        changeMembership(new CharterSignedEvent(id, command.signedOn(), blankToNull(command.signatory())),
                command.signedOn());
    }

    @CommandHandler
    public void handle(SuspendMembershipCommand command) {
        require(status == MembershipStatus.ADMITTED || status == MembershipStatus.ACTIVE, "not-suspendable",
                "only a member in good standing can be suspended; '" + id + "' is " + status);
        dated(command.on());
        changeMembership(new MembershipSuspendedEvent(id, command.on()), command.on());
    }

    @CommandHandler
    public void handle(ReinstateMembershipCommand command) {
        require(status == MembershipStatus.SUSPENDED, "not-suspended", "'" + id + "' is not suspended but " + status);
        dated(command.on());
        changeMembership(new MembershipReinstatedEvent(id, command.on()), command.on());
    }

    @CommandHandler
    public void handle(WithdrawMembershipCommand command) {
        require(MEMBER.contains(status), "not-a-member", "'" + id + "' is not a member but " + status);
        dated(command.on());
        changeMembership(new MembershipWithdrawnEvent(id, command.on()), command.on());
    }

    /** The name is personal data: it is sealed under a key of the seat's own, which an erasure destroys. */
    @CommandHandler
    public void handle(AppointCommitteeMemberCommand command, DataKeys keys) {
        require(MEMBER.contains(status), "not-a-member", "only a member of the network has an openness committee");
        notInFuture(command.appointedOn());
        committee.checkAppointment(command);
        String key = Committee.nameKey(id, command.memberId());
        apply(new CommitteeMemberAppointedEvent(id, command.memberId(), keys.seal(key, key, command.fullName().strip()),
                command.role(), command.gender(), command.appointedOn()));
    }

    @CommandHandler
    public void handle(RemoveCommitteeMemberCommand command) {
        notInFuture(command.removedOn());
        committee.checkRemoval(command);
        apply(new CommitteeMemberRemovedEvent(id, command.memberId(), command.removedOn()));
    }

    /**
     * Makes a member's name unreadable for good (Moroccan law 09-08): its key is destroyed in the
     * transaction that records the erasure. The seat stays, so the committee's history and gender
     * balance do not change.
     */
    @CommandHandler
    public void handle(EraseCommitteeMemberCommand command, @MetaDataValue(EventMetadata.REASON) String reason,
                       DataKeys keys) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidCommand("reason-required", "an erasure needs a reason");
        }
        committee.checkErasure(command);
        keys.shred(Committee.nameKey(id, command.memberId()), Redaction.ERASED);
        apply(new CommitteeMemberErasedEvent(id, command.memberId()));
    }

    /** Whether the collectivity may start new work in the other services. */
    private boolean inGoodStanding() {
        return status == MembershipStatus.ADMITTED || status == MembershipStatus.ACTIVE;
    }

    /** Records a membership change, then the standing it leads to when that differs from before. */
    private void changeMembership(Object event, LocalDate on) {
        boolean before = inGoodStanding();
        apply(event);
        if (inGoodStanding() != before) {
            apply(new MembershipStandingChangedEvent(id, inGoodStanding(), on));
        }
    }

    private static void require(boolean rule, String code, String detail) {
        if (!rule) {
            throw new RuleViolation(code, detail);
        }
    }

    private static void notInFuture(LocalDate date) {
        if (date.isAfter(LocalDate.now())) {
            throw new InvalidCommand("date-in-future", date + " is in the future");
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

    @EventSourcingHandler
    void on(CommitteeMemberErasedEvent event) {
        committee.on(event);
    }
}
