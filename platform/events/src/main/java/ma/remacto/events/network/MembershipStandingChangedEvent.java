package ma.remacto.events.network;

import ma.remacto.events.PublishedEvent;

import java.time.LocalDate;

/**
 * A collectivity's standing with the network changed: from then on it may (or may no longer)
 * start new work in the other services, such as a co-creation process or an action program.
 * network-service decides the standing (admitted or active members are in good standing;
 * applicants, rejected, suspended and withdrawn collectivities are not) and records this event
 * right after the membership event that changed it, only when it changed, in the same aggregate
 * sequence. A collectivity that never had this event is not in good standing. Readers keep the
 * latest by {@code sequence} and need no rule of their own.
 *
 * <p>Collectivities whose standing last changed before this event existed received one such
 * event, dated from the change, when network-service was upgraded.
 *
 * @param collectivityId the collectivity
 * @param inGoodStanding whether it is a member in good standing from that date
 * @param on             the business date of the change (that of the admission, suspension, … that caused it)
 */
@PublishedEvent(context = "network")
public record MembershipStandingChangedEvent(String collectivityId, boolean inGoodStanding, LocalDate on) {
}
