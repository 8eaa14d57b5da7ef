package ma.remacto.reporting.query;

import ma.remacto.events.participation.StationKind;
import ma.remacto.reporting.query.CollectivityDashboard.Counts;
import ma.remacto.reporting.query.CollectivityDashboard.Participation;
import ma.remacto.reporting.query.CollectivityDashboard.Station;
import ma.remacto.reporting.query.ProposalsFigures.Figure;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a collectivity's stations add up to: each station that was not cancelled counts with its
 * latest attendance; the digital call for ideas is the online channel, every other station is in
 * person.
 */
final class StationFigures {

    private StationFigures() {
    }

    /** The stations' attendance beside the online authors and voters counted by pseudonym. */
    static Participation participation(List<Station> stations, Counts onlineAuthors, long onlineVoters) {
        return new Participation(
                sum(counted(stations).stream().filter(station -> !isOnline(station)).toList()),
                sum(counted(stations).stream().filter(StationFigures::isOnline).toList()),
                onlineAuthors, onlineVoters);
    }

    /** Proposals reported by stations, and whether that count is approximate. */
    record Reported(long proposals, boolean approximate) {
    }

    /**
     * Proposals the stations reported collecting (never entered one by one): the figures that count
     * one of the stations given, and for the other stations what their attendance said. The total
     * is approximate when one of the figures is.
     */
    static Reported proposalsReported(List<Station> stations, List<Figure> figures) {
        Set<String> started = stations.stream().map(Station::id).collect(Collectors.toSet());
        List<Figure> counted = figures.stream()
                .filter(figure -> figure.stationIds().stream().anyMatch(started::contains))
                .toList();
        Set<String> covered = counted.stream().flatMap(figure -> figure.stationIds().stream())
                .collect(Collectors.toSet());
        long collected = counted(stations).stream()
                .filter(station -> !covered.contains(station.id()))
                .map(station -> station.attendance().proposalsCollected())
                .filter(Objects::nonNull)
                .mapToLong(Integer::longValue)
                .sum();
        return new Reported(collected + counted.stream().mapToLong(Figure::proposals).sum(),
                counted.stream().anyMatch(Figure::approximate));
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
