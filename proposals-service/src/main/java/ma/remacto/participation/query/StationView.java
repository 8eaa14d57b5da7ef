package ma.remacto.participation.query;

import ma.remacto.events.participation.AgendaSlot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A station with its agenda, status and latest attendance ({@code null} until recorded). */
public record StationView(
        String id,
        String kind,
        String title,
        LocalDate startsOn,
        LocalDate endsOn,
        String place,
        List<AgendaSlot> agenda,
        String status,
        String statusReason,
        Attendance attendance) {

    /**
     * Who came, by gender, and by category where counted; {@code proposalsCollected} is the number
     * of proposals collected on paper and not entered one by one, {@code null} when not reported.
     */
    public record Attendance(int women, int men, int unspecified, int total, Map<String, Integer> byCategory,
                             Integer proposalsCollected, Instant recordedAt) {
    }
}
