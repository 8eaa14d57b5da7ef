package ma.remacto.network.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A collectivity's openness committee as it sat on a date, with its gender balance.
 *
 * @param genderBalance {@code WOMAN}, {@code MAN}, {@code UNSPECIFIED} and {@code total} seats
 */
public record CommitteeView(String collectivityId, LocalDate asOf, List<Seat> members, Map<String, Long> genderBalance) {

    public record Seat(String memberId, String fullName, String role, String gender, LocalDate appointedOn,
                       LocalDate removedOn) {
    }
}
