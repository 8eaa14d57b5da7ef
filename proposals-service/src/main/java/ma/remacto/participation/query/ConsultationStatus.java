package ma.remacto.participation.query;

import com.fasterxml.jackson.annotation.JsonValue;
import ma.remacto.kit.domain.InvalidCommand;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

/**
 * Where a consultation stands at an instant: before {@code opensAt}, between {@code opensAt} and
 * {@code closesAt} (as moved by an early closing or an extension), or from {@code closesAt} on.
 * A consultation closed early before it opened is closed.
 */
public enum ConsultationStatus {
    UPCOMING,
    OPEN,
    CLOSED;

    public static ConsultationStatus at(Instant now, Instant opensAt, Instant closesAt) {
        if (!now.isBefore(closesAt)) {
            return CLOSED;
        }
        return now.isBefore(opensAt) ? UPCOMING : OPEN;
    }

    /** The {@code status} parameter of a list: {@code upcoming}, {@code open} or {@code closed}; 400 otherwise. */
    public static ConsultationStatus parameter(String value) {
        return Arrays.stream(values()).filter(status -> status.wire().equals(value)).findFirst()
                .orElseThrow(() -> new InvalidCommand("invalid-status",
                        "status must be upcoming, open or closed, not '" + value + "'"));
    }

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
