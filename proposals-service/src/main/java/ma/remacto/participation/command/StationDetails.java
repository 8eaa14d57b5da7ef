package ma.remacto.participation.command;

import ma.remacto.events.participation.AgendaSlot;
import ma.remacto.events.participation.StationKind;
import ma.remacto.kit.domain.InvalidCommand;

import java.time.LocalDate;
import java.util.List;

/**
 * A station's details as planned or edited, checked: a kind, a title, a first day, and a last day
 * not before it. The last day stays unknown ({@code null}) when not given, as for a call for ideas
 * whose documents give only its opening: a one-day station gives its day twice.
 */
record StationDetails(StationKind kind, String title, LocalDate startsOn, LocalDate endsOn, String place,
                      List<AgendaSlot> agenda) {

    static StationDetails checked(StationKind kind, String title, LocalDate startsOn, LocalDate endsOn, String place,
                                  List<AgendaSlot> agenda) {
        if (kind == null || startsOn == null) {
            throw new InvalidCommand("invalid-station", "a station needs a kind and a first day");
        }
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw new InvalidCommand("station-ends-before-start", "a station starting on " + startsOn
                    + " cannot end on " + endsOn);
        }
        return new StationDetails(kind, Text.required(title, "title-required", "a station's title"), startsOn, endsOn,
                Text.orNull(place), Agenda.checked(agenda));
    }
}
