package ma.remacto.events.participation;

import ma.remacto.events.PublishedEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * A dated station of a co-creation process was planned.
 *
 * @param processId the process
 * @param stationId the station's id
 * @param kind      what kind of station
 * @param title     its title, in any language
 * @param startsOn  first day
 * @param endsOn    last day (the same as {@code startsOn} for a one-day station); {@code null} when
 *                  the documents give only an opening date, as for a call for ideas
 * @param place     where, when known
 * @param agenda    the time slots, possibly empty
 */
@PublishedEvent(context = "participation")
public record StationPlannedEvent(
        String processId,
        String stationId,
        StationKind kind,
        String title,
        LocalDate startsOn,
        LocalDate endsOn,
        String place,
        List<AgendaSlot> agenda) {
}
