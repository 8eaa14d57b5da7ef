package ma.remacto.reporting.query;

import ma.remacto.events.participation.StationKind;
import ma.remacto.reporting.query.CollectivityDashboard.Counts;
import ma.remacto.reporting.query.CollectivityDashboard.Participation;
import ma.remacto.reporting.query.CollectivityDashboard.Station;

import java.util.List;
import java.util.Objects;

/**
 * What a collectivity's stations add up to: each station that was not cancelled counts with its
 * latest attendance; the digital call for ideas is the online channel, every other station is in
 * person.
 */
final class StationFigures {

    private StationFigures() {
    }

    static Participation participation(List<Station> stations) {
        return new Participation(
                sum(counted(stations).stream().filter(station -> !isOnline(station)).toList()),
                sum(counted(stations).stream().filter(StationFigures::isOnline).toList()));
    }

    /** Proposals the stations reported collecting on paper (never entered one by one). */
    static long proposalsCollected(List<Station> stations) {
        return counted(stations).stream()
                .map(station -> station.attendance().proposalsCollected())
                .filter(Objects::nonNull)
                .mapToLong(Integer::longValue)
                .sum();
    }

    private static boolean isOnline(Station station) {
        return StationKind.DIGITAL_CALL_FOR_IDEAS.name().equals(station.kind());
    }

    private static List<Station> counted(List<Station> stations) {
        return stations.stream()
                .filter(station -> !"CANCELLED".equals(station.status()) && station.attendance() != null)
                .toList();
    }

    private static Counts sum(List<Station> stations) {
        long women = 0;
        long men = 0;
        long unspecified = 0;
        for (Station station : stations) {
            women += station.attendance().women();
            men += station.attendance().men();
            unspecified += station.attendance().unspecified();
        }
        return new Counts(women, men, unspecified, women + men + unspecified);
    }
}
