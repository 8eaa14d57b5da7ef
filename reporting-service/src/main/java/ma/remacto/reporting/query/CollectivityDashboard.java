package ma.remacto.reporting.query;

import com.fasterxml.jackson.annotation.JsonRawValue;
import ma.remacto.events.participation.AgendaSlot;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One collectivity's co-creation at a date.
 *
 * @param asOf          the date the figures are for
 * @param collectivity  who, with its membership status at the date
 * @param participation the latest attendance of the stations started by the date and not cancelled:
 *                      {@code online} the digital calls for ideas, {@code inPerson} every other station
 * @param proposals     proposals entered one by one and recorded by the end of the date, and those the
 *                      same stations reported collecting on paper
 * @param stations      the stations started by the date, cancelled ones included, in date order
 * @param processes     its co-creation processes with their phase at the date
 * @param program       its latest program (by period) that had a status by the date, as it stood then;
 *                      {@code null} when none
 */
public record CollectivityDashboard(
        LocalDate asOf,
        Collectivity collectivity,
        Participation participation,
        Proposals proposals,
        List<Station> stations,
        List<Process> processes,
        ProgramDashboard program) {

    public record Collectivity(String id, String kind, String nameAr, String nameFr, String nameTzm, String regionId,
                               String province, String status) {
    }

    public record Participation(Counts inPerson, Counts online) {
    }

    public record Counts(long women, long men, long unspecified, long total) {
    }

    /**
     * @param recorded           proposals entered one by one, hidden ones excepted
     * @param reportedByStations proposals the stations reported collecting on paper, not entered one by one
     * @param byStatus           the recorded proposals by review status, every status listed
     * @param retentionRate      retained / (retained + not retained), two decimals; merged proposals live on in
     *                           the one they were merged into, so they count as neither. {@code null} when
     *                           nothing was decided
     */
    public record Proposals(long recorded, long reportedByStations, Map<String, Long> byStatus,
                            BigDecimal retentionRate) {
    }

    /** A station; {@code attendance} is {@code null} until counted. */
    public record Station(String id, String processId, String kind, String title, LocalDate startsOn, LocalDate endsOn,
                          String place, String status, List<AgendaSlot> agenda, Attendance attendance) {
    }

    /** The latest count of a station; {@code proposalsCollected} is {@code null} when not reported. */
    public record Attendance(int women, int men, int unspecified, int total, @JsonRawValue String byCategory,
                             Integer proposalsCollected) {
    }

    public record Process(String id, String title, String cycle, String phase) {
    }
}
