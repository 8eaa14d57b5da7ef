package ma.remacto.events.network;

import ma.remacto.events.PublishedEvent;

/**
 * A network activity was tagged with the axis of the DGCT support program it serves, when it was
 * recorded or later; a later tag replaces the earlier one.
 *
 * @param activityId the activity
 * @param axis       the axis of the support program
 */
@PublishedEvent(context = "network")
public record NetworkActivityTaggedEvent(String activityId, SupportAxis axis) {
}
