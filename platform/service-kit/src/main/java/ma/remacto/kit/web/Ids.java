package ma.remacto.kit.web;

import ma.remacto.kit.domain.InvalidCommand;

import java.util.UUID;
import java.util.regex.Pattern;

/** Resource ids: chosen by the client as a slug, or by the server. */
public final class Ids {

    /** What a client-chosen id may look like: lower-case letters, digits and dashes. */
    public static final String SLUG = "[a-z0-9][a-z0-9-]{0,62}";
    private static final Pattern SLUG_PATTERN = Pattern.compile(SLUG);

    private Ids() {
    }

    /** The client's id when it gave one, else a new server-chosen one. */
    public static String givenOrNew(String given) {
        if (given == null || given.isBlank()) {
            return UUID.randomUUID().toString();
        }
        if (!SLUG_PATTERN.matcher(given).matches()) {
            throw new InvalidCommand("invalid-id", "id '" + given + "' must match " + SLUG);
        }
        return given;
    }
}
