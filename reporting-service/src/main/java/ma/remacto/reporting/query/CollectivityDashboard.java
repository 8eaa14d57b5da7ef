package ma.remacto.reporting.query;

import com.fasterxml.jackson.annotation.JsonRawValue;
import ma.remacto.events.participation.AgendaSlot;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One collectivity's co-creation at a date.
 *
 * @param asOf          the date the figures are for
 * @param collectivity  who, with its membership status at the date
 * @param participation who took part, each figure labelled by what it counts (see {@link Participation})
 * @param proposals     proposals entered one by one and recorded by the end of the date, and those the
 *                      stations started by then reported collecting, marked when approximate
 * @param stations      the stations started by the date, cancelled ones included, in date order
 * @param processes     its co-creation processes with their phase at the date
 * @param program       its latest program (by period) that had a status by the date, as it stood then;
 *                      {@code null} when none
 * @param consultations its consultations opened by the date, with their results so far
 * @param documents     the public documents of its stations, programs and progress reports attached by the date
 */
public record CollectivityDashboard(
        LocalDate asOf,
        Collectivity collectivity,
        Participation participation,
        Proposals proposals,
        List<Station> stations,
        List<Process> processes,
        ProgramDashboard program,
        List<Consultation> consultations,
        Documents documents) {

    public record Collectivity(String id, String kind, String nameAr, String nameFr, String nameTzm, String regionId,
                               String province, String status) {
    }

    /**
     * @param inPerson      attendance counted at the in-person stations started by the date and not cancelled
     * @param online        attendance the collectivity counted for its digital calls for ideas (a station's figure)
     * @param onlineAuthors distinct people (by pseudonym) who submitted a proposal on the platform by the
     *                      date, by the gender they gave ({@code unspecified} when they gave none)
     * @param onlineVoters  distinct online voters of the consultations opened by the date, by pseudonym;
     *                      counted apart from the authors, since ballots cannot be linked to authors, and
     *                      once per consultation (a ballot's pseudonym holds for one consultation). Voters are
     *                      not asked their gender
     */
    public record Participation(Counts inPerson, Counts online, Counts onlineAuthors, long onlineVoters) {
    }

    public record Counts(long women, long men, long unspecified, long total) {
    }

    /**
     * @param recorded           proposals entered one by one, hidden ones excepted
     * @param reportedByStations proposals the stations reported collecting, not entered one by one: the
     *                           figures reported for them, else what their attendance said
     * @param reportedApproximate whether {@code reportedByStations} is approximate (a figure such as "about 100")
     * @param byStatus           the recorded proposals by review status, every status listed
     * @param byChannel          the recorded proposals by channel: in person, on the digital platform, and from
     *                           the equality body (its own channel), every one listed, and any other the events name
     * @param retentionRate      retained / (retained + not retained), two decimals; merged proposals live on in
     *                           the one they were merged into, so they count as neither. {@code null} when
     *                           nothing was decided
     */
    public record Proposals(long recorded, long reportedByStations, boolean reportedApproximate,
                            Map<String, Long> byStatus, Map<String, Long> byChannel, BigDecimal retentionRate) {
    }

    /** A station; {@code endsOn} is {@code null} when not documented, {@code attendance} until counted. */
    public record Station(String id, String processId, String kind, String title, LocalDate startsOn, LocalDate endsOn,
                          String place, String status, List<AgendaSlot> agenda, Attendance attendance) {
    }

    /** The latest count of a station; {@code proposalsCollected} is {@code null} when not reported. */
    public record Attendance(int women, int men, int unspecified, int total, @JsonRawValue String byCategory,
                             Integer proposalsCollected) {
    }

    public record Process(String id, String title, String cycle, String phase) {
    }

    /** A consultation with its status at the date ({@code UPCOMING}, {@code OPEN} or {@code CLOSED}). */
    public record Consultation(String id, String processId, String title, Instant opensAt, Instant closesAt,
                               String status, List<ItemResult> items) {
    }

    /** An item's votes: online (each ballot's latest choice), in person (each station's latest tally), total. */
    public record ItemResult(String itemId, String ref, String title, Votes online, Votes inPerson, Votes total) {
    }

    public record Votes(long votesFor, long votesAgainst, long total) {

        static Votes of(long votesFor, long votesAgainst) {
            return new Votes(votesFor, votesAgainst, votesFor + votesAgainst);
        }

        Votes plus(Votes other) {
            return of(votesFor + other.votesFor, votesAgainst + other.votesAgainst);
        }
    }
}
