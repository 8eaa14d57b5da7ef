package ma.remacto.participation.residence;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Moroccan national identity card numbers (CIN): one or two letters, then one to six digits. */
public final class IdentityCards {

    private static final Pattern CIN = Pattern.compile("[A-Z]{1,2}[0-9]{1,6}");

    private IdentityCards() {
    }

    /** The number trimmed and in upper case, or empty when it is not an identity card number. */
    public static Optional<String> normalize(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String normalized = value.strip().toUpperCase(Locale.ROOT);
        return CIN.matcher(normalized).matches() ? Optional.of(normalized) : Optional.empty();
    }
}
