package ma.remacto.events.network;

import ma.remacto.events.PublishedEvent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * The network decided on an application, on the basis of indicator scores adopted by the DGCT.
 * The reason for the decision travels in the event's {@code reason} metadata.
 *
 * @param collectivityId the applicant
 * @param decision       admitted or rejected
 * @param decidedOn      the business date of the decision (not when it was recorded)
 * @param indicators     indicator name to score; may be empty when the scores are not documented
 */
@PublishedEvent(context = "network")
public record AdmissionDecidedEvent(
        String collectivityId,
        AdmissionDecision decision,
        LocalDate decidedOn,
        Map<String, BigDecimal> indicators) {
}
