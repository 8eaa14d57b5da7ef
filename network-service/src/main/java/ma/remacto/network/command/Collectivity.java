package ma.remacto.network.command;

import ma.remacto.events.network.AdmissionDecidedEvent;
import ma.remacto.events.network.AdmissionDecision;
import ma.remacto.events.network.ApplicationDatedEvent;
import ma.remacto.events.network.CharterCommitmentFollowedUpEvent;
import ma.remacto.events.network.CharterSignedEvent;
import ma.remacto.events.network.CollectivityKind;
import ma.remacto.events.network.CollectivityReappliedEvent;
import ma.remacto.events.network.CollectivityRegisteredEvent;
import ma.remacto.events.network.CommitteeMemberAppointedEvent;
import ma.remacto.events.network.MembershipReinstatedEvent;
import ma.remacto.events.network.MembershipStandingChangedEvent;
import ma.remacto.events.network.MembershipSuspendedEvent;
import ma.remacto.events.network.MembershipWithdrawnEvent;
import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.kit.domain.RuleViolation;
import ma.remacto.kit.keys.DataKeys;
import ma.remacto.network.command.CommitteeCommands.AppointCommitteeMemberCommand;
import ma.remacto.network.command.MembershipCommands.DecideAdmissionCommand;
import ma.remacto.network.command.MembershipCommands.FollowUpCharterCommitmentCommand;
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
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static ma.remacto.kit.domain.Checks.blankToNull;
import static ma.remacto.kit.domain.Checks.notInFuture;
import static ma.remacto.kit.domain.Checks.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A territorial collectivity in its relation to the network: application, admission, charter
 * and the follow-up of its commitments, suspension, withdrawal, a new application, its openness
 * committee ({@link Committee}) and the correction of its names ({@link Names}). Dated changes
 * carry business dates, which never go back before the previous dated change.
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

    /** The network's founding, as both source documents give it: no charter of the network exists before it. */
    static final LocalDate FOUNDED_ON = LocalDate.of(2022, 10, 21);

    @AggregateIdentifier
    private String id;
    private MembershipStatus status;
    private boolean charterSigned;
    private LocalDate lastDated;
    @AggregateMember
    private final Names names = new Names();
    @AggregateMember
    private final Committee committee = new Committee();

    protected Collectivity() {
    }

    @CommandHandler
    public Collectivity(RegisterCollectivityCommand command) {
        LocalDate appliedOn = command.appliedOn() == null ? LocalDate.now() : command.appliedOn();
        notInFuture(appliedOn, "appliedOn");
        register(command.collectivityId(), command.kind(), command.nameAr(), command.nameFr(), command.nameTzm(),
                command.regionId(), command.province());
        apply(new ApplicationDatedEvent(command.collectivityId(), appliedOn));
    }

    /** An import line gives no application date: none is recorded rather than one the source does not state. */
    @CommandHandler
    public Collectivity(ImportMemberCommand command) {
        register(command.collectivityId(), command.kind(), command.nameAr(), command.nameFr(), null,
                command.regionId(), null);
        if (command.admittedOn() != null) {
            notInFuture(command.admittedOn(), "admittedOn");
            apply(new AdmissionDecidedEvent(command.collectivityId(), AdmissionDecision.ADMITTED, command.admittedOn(),
                    Map.of()));
            // A constructor's events reach the state only once it returns: an applicant, now admitted.
            apply(new MembershipStandingChangedEvent(command.collectivityId(), true, command.admittedOn()));
        }
    }

    private static void register(String collectivityId, CollectivityKind kind, String nameAr, String nameFr,
                                 String nameTzm, String regionId, String province) {
        apply(new CollectivityRegisteredEvent(collectivityId, kind, nameAr.strip(), nameFr.strip(),
                blankToNull(nameTzm), Regions.ofMember(collectivityId, kind, regionId), blankToNull(province)));
    }

    @CommandHandler
    public void handle(ReapplyCommand command) {
        require(status == MembershipStatus.REJECTED || status == MembershipStatus.WITHDRAWN, "cannot-reapply",
                "only a rejected or withdrawn collectivity may apply again");
        dated(command.appliedOn(), "on");
        changeMembership(new CollectivityReappliedEvent(id, command.appliedOn()), command.appliedOn());
    }

    @CommandHandler
    public void handle(DecideAdmissionCommand command) {
        require(status == MembershipStatus.APPLIED, "admission-already-decided",
                "the application of '" + id + "' was already decided: " + status);
        dated(command.decidedOn(), "decidedOn");
        changeMembership(new AdmissionDecidedEvent(id, command.decision(), command.decidedOn(),
                command.indicators() == null ? Map.of() : Map.copyOf(command.indicators())), command.decidedOn());
    }

    @CommandHandler
    public void handle(SignCharterCommand command) {
        require(status == MembershipStatus.ADMITTED && !charterSigned, "charter-not-signable",
                "the charter is signed once, after admission; '" + id + "' is " + status);
        if (command.signedOn().isBefore(FOUNDED_ON)) {
            throw new InvalidCommand("signed-before-founding", "signedOn: " + command.signedOn()
                    + " is before the network's founding on " + FOUNDED_ON + ", when its charter came to be");
        }
        dated(command.signedOn(), "signedOn");
        changeMembership(new CharterSignedEvent(id, command.signedOn(), blankToNull(command.signatory())),
                command.signedOn());
    }

    /**
     * A member's follow-up of a charter commitment; follow-ups add up. The charter's signature is
     * often undocumented, so membership, not a recorded signature, is what is asked for.
     */
    @CommandHandler
    public void handle(FollowUpCharterCommitmentCommand command) {
        require(MEMBER.contains(status), "not-a-member", "only a member of the network follows up the charter; '"
                + id + "' is " + status);
        notInFuture(command.on(), "on");
        if (command.on().isBefore(FOUNDED_ON)) {
            throw new InvalidCommand("before-founding", "on: " + command.on() + " is before the network's founding on "
                    + FOUNDED_ON);
        }
        apply(new CharterCommitmentFollowedUpEvent(id, command.commitment(), command.evidence().strip(), command.on()));
    }

    @CommandHandler
    public void handle(SuspendMembershipCommand command) {
        require(status == MembershipStatus.ADMITTED || status == MembershipStatus.ACTIVE, "not-suspendable",
                "only a member in good standing can be suspended; '" + id + "' is " + status);
        dated(command.on(), "on");
        changeMembership(new MembershipSuspendedEvent(id, command.on()), command.on());
    }

    @CommandHandler
    public void handle(ReinstateMembershipCommand command) {
        require(status == MembershipStatus.SUSPENDED, "not-suspended", "'" + id + "' is not suspended but " + status);
        dated(command.on(), "on");
        changeMembership(new MembershipReinstatedEvent(id, command.on()), command.on());
    }

    @CommandHandler
    public void handle(WithdrawMembershipCommand command) {
        require(MEMBER.contains(status), "not-a-member", "'" + id + "' is not a member but " + status);
        dated(command.on(), "on");
        changeMembership(new MembershipWithdrawnEvent(id, command.on()), command.on());
    }

    /** The name is personal data: it is sealed under a key of the seat's own, which an erasure destroys. */
    @CommandHandler
    public void handle(AppointCommitteeMemberCommand command, DataKeys keys) {
        require(MEMBER.contains(status), "not-a-member", "only a member of the network has an openness committee");
        notInFuture(command.appointedOn(), "appointedOn");
        committee.checkAppointment(command);
        String key = Committee.nameKey(id, command.memberId());
        apply(new CommitteeMemberAppointedEvent(id, command.memberId(), keys.seal(key, key, command.fullName().strip()),
                command.role(), command.gender(), command.appointedOn()));
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

    /** Business dates move forward: a change cannot be dated before the previous one. */
    private void dated(LocalDate date, String field) {
        notInFuture(date, field);
        if (lastDated != null && date.isBefore(lastDated)) {
            throw new RuleViolation("date-before-previous-change",
                    field + ": " + date + " is before the previous change of '" + id + "', dated " + lastDated);
        }
    }

    @EventSourcingHandler
    void on(CollectivityRegisteredEvent event) {
        id = event.collectivityId();
        status = MembershipStatus.APPLIED;
    }

    /** The application's date is the first business date: nothing about the membership can come before it. */
    @EventSourcingHandler
    void on(ApplicationDatedEvent event) {
        lastDated = event.appliedOn();
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
}
