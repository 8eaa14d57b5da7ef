package ma.remacto.kit.web;

import ma.remacto.kit.domain.InvalidCommand;

import java.util.List;
import java.util.function.Function;

/**
 * A page of a list: its items and the cursor of the next page ({@code null} on the last one).
 * Queries fetch one row more than the limit to know whether a next page exists.
 */
public record Page<T>(List<T> items, String next) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public static <T> Page<T> of(List<T> rowsPlusOne, int limit, Function<T, String> cursor) {
        if (rowsPlusOne.size() <= limit) {
            return new Page<>(rowsPlusOne, null);
        }
        List<T> items = rowsPlusOne.subList(0, limit);
        return new Page<>(List.copyOf(items), cursor.apply(items.get(items.size() - 1)));
    }

    /** The limit a client asked for, bounded; a bad one answers 400. */
    public static int limit(Integer requested) {
        if (requested == null) {
            return DEFAULT_LIMIT;
        }
        if (requested < 1 || requested > MAX_LIMIT) {
            throw new InvalidCommand("invalid-limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        return requested;
    }
}
