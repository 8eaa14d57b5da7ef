package ma.remacto.events.participation;

import ma.remacto.events.PublishedEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * A planned station's details were corrected before it was held; they replace those of its
 * planning (and of any earlier edit) as a whole.
 *
 * @param processId the process
 * @param stationId the station
 * @param kind      what kind of station
 * @param title     its title, in any language
 * @param startsOn  first day
 * @param endsOn    last day; {@code null} when the documents give only an opening date
 * @param place     where, when known
 * @param agenda    the time slots, possibly empty
 */
@PublishedEvent(context = "participation")
public record StationEditedEvent(
        String processId,
        String stationId,
        StationKind kind,
        String title,
        LocalDate startsOn,
        LocalDate endsOn,
        String place,
        List<AgendaSlot> agenda) {
}
