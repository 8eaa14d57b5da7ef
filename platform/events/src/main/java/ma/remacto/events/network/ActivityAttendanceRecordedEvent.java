package ma.remacto.events.network;

import ma.remacto.events.PublishedEvent;

import java.util.List;

/**
 * Collectivities that attended a network activity were recorded; a later record adds to the earlier ones.
 *
 * @param activityId      the activity
 * @param collectivityIds the attending collectivities newly recorded
 */
@PublishedEvent(context = "network")
public record ActivityAttendanceRecordedEvent(String activityId, List<String> collectivityIds) {
}
