package ma.remacto.events.network;

import ma.remacto.events.PublishedEvent;

import java.time.LocalDate;

/**
 * A collectivity that was rejected or had withdrawn applied again; its earlier history is kept
 * and a new admission decision follows.
 *
 * @param collectivityId the applicant
 * @param appliedOn      the business date of the new application
 */
@PublishedEvent(context = "network")
public record CollectivityReappliedEvent(String collectivityId, LocalDate appliedOn) {
}
