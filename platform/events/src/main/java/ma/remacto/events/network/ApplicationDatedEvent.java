package ma.remacto.events.network;

import ma.remacto.events.PublishedEvent;

import java.time.LocalDate;

/**
 * The business date of a collectivity's first application to join the network, recorded right
 * after {@link CollectivityRegisteredEvent} (a new application carries its own date, see
 * {@link CollectivityReappliedEvent}). A registration without this event, such as one line of
 * an import, has no documented application date.
 *
 * @param collectivityId the applicant
 * @param appliedOn      the day it applied; the day of registration when the operator gave none
 */
@PublishedEvent(context = "network")
public record ApplicationDatedEvent(String collectivityId, LocalDate appliedOn) {
}
