package ma.remacto.network.query;

import java.time.LocalDate;
import java.util.List;

/**
 * A network activity with the collectivities that attended it; {@code axis} is the DGCT support
 * program's axis it serves, {@code null} while it is not tagged.
 */
public record ActivityView(String id, String kind, String title, LocalDate heldOn, String place, String axis,
                           List<String> attendees) {
}
