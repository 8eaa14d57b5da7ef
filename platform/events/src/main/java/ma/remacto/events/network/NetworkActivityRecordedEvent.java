package ma.remacto.events.network;

import ma.remacto.events.PublishedEvent;

import java.time.LocalDate;

/**
 * The network held (or scheduled) an activity for its members, such as a training on the
 * co-creation methodology.
 *
 * @param activityId the activity's id
 * @param kind       training, meeting or workshop
 * @param title      its title, in any language
 * @param heldOn     its date
 * @param place      where it was held, when known
 */
@PublishedEvent(context = "network")
public record NetworkActivityRecordedEvent(
        String activityId,
        ActivityKind kind,
        String title,
        LocalDate heldOn,
        String place) {
}
