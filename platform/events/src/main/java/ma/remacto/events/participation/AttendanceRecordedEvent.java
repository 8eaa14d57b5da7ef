package ma.remacto.events.participation;

import ma.remacto.events.PublishedEvent;

import java.util.Map;

/**
 * Who came to a station, counted by gender; a later record for the same station replaces the
 * earlier one (a correction). Counts that were not taken are {@code null}, never guessed.
 *
 * @param processId          the process
 * @param stationId          the station
 * @param women              women counted
 * @param men                men counted
 * @param unspecified        participants whose gender was not counted
 * @param byCategory         counts by participant category, where taken (may be empty)
 * @param proposalsCollected proposals collected on paper at the station and not entered one by
 *                           one, when reported; {@code null} otherwise
 */
@PublishedEvent(context = "participation")
public record AttendanceRecordedEvent(
        String processId,
        String stationId,
        int women,
        int men,
        int unspecified,
        Map<ParticipantCategory, Integer> byCategory,
        Integer proposalsCollected) {
}
