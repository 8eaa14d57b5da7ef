package ma.remacto.network.query;

import java.time.LocalDate;
import java.util.List;

/** A network activity with the collectivities that attended it. */
public record ActivityView(String id, String kind, String title, LocalDate heldOn, String place,
                           List<String> attendees) {
}
