package ma.remacto.kit.membership;

import ma.remacto.events.network.AdmissionDecidedEvent;
import ma.remacto.events.network.AdmissionDecision;
import ma.remacto.events.network.CharterSignedEvent;
import ma.remacto.events.network.CollectivityReappliedEvent;
import ma.remacto.events.network.CollectivityRegisteredEvent;
import ma.remacto.events.network.MembershipReinstatedEvent;
import ma.remacto.events.network.MembershipSuspendedEvent;
import ma.remacto.events.network.MembershipWithdrawnEvent;

import java.util.Optional;
import java.util.Set;

/**
 * What a network event means for a collectivity's standing: only an admitted (or reinstated,
 * or charter-signing) member may start new work; an applicant, a rejected, suspended or
 * withdrawn collectivity may not.
 *
 * @param collectivityId   the collectivity concerned
 * @param inGoodStanding   whether it is a member in good standing after the event
 */
record StandingChange(String collectivityId, boolean inGoodStanding) {

    /** The network events that touch membership. */
    static final Set<Class<? extends Record>> EVENTS = Set.of(CollectivityRegisteredEvent.class,
            CollectivityReappliedEvent.class, AdmissionDecidedEvent.class, CharterSignedEvent.class,
            MembershipSuspendedEvent.class, MembershipReinstatedEvent.class, MembershipWithdrawnEvent.class);

    /** The change an event brings, or empty for events that do not touch membership (committee, activities). */
    static Optional<StandingChange> of(Object event) {
        if (event instanceof CollectivityRegisteredEvent registered) {
            return Optional.of(new StandingChange(registered.collectivityId(), false));
        }
        if (event instanceof CollectivityReappliedEvent reapplied) {
            return Optional.of(new StandingChange(reapplied.collectivityId(), false));
        }
        if (event instanceof AdmissionDecidedEvent decided) {
            return Optional.of(new StandingChange(decided.collectivityId(),
                    decided.decision() == AdmissionDecision.ADMITTED));
        }
        if (event instanceof CharterSignedEvent signed) {
            return Optional.of(new StandingChange(signed.collectivityId(), true));
        }
        if (event instanceof MembershipSuspendedEvent suspended) {
            return Optional.of(new StandingChange(suspended.collectivityId(), false));
        }
        if (event instanceof MembershipReinstatedEvent reinstated) {
            return Optional.of(new StandingChange(reinstated.collectivityId(), true));
        }
        if (event instanceof MembershipWithdrawnEvent withdrawn) {
            return Optional.of(new StandingChange(withdrawn.collectivityId(), false));
        }
        return Optional.empty();
    }
}
