package ma.remacto.participation.query;

import ma.remacto.events.DocumentRef;
import ma.remacto.events.participation.AgendaSlot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A station with its agenda, status and latest attendance ({@code null} until recorded), its public
 * documents (downloadable at {@code /api/processes/{id}/stations/{stationId}/documents/{documentId}}),
 * and the program it concerns ({@code null} when none is linked). A council-adoption station shows
 * the program's {@code adoption} once the program is adopted, {@code null} before.
 */
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
        Attendance attendance,
        List<DocumentRef> documents,
        String programId,
        Adoption adoption) {

    public StationView {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /** The council's adoption of the linked program, as the programs topic told it. */
    public record Adoption(LocalDate adoptedOn, String session) {
    }

    /**
     * Who came, by gender, and by category where counted; {@code proposalsCollected} is the number
     * of proposals collected on paper and not entered one by one, {@code null} when not reported.
     */
    public record Attendance(int women, int men, int unspecified, int total, Map<String, Integer> byCategory,
                             Integer proposalsCollected, Instant recordedAt) {
    }
}
