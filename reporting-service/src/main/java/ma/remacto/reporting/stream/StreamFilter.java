package ma.remacto.reporting.stream;

import ma.remacto.events.PublishedLanguage;
import ma.remacto.kit.domain.InvalidCommand;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What an analyst's stream carries: event types (exact CloudEvent types, or prefixes ending in
 * {@code *} such as {@code ma.remacto.participation.*}) and a collectivity; empty means all.
 */
public record StreamFilter(List<String> types, List<String> prefixes, String collectivity) {

    private static final Pattern TYPE = Pattern.compile("[A-Za-z0-9.]+\\*?");

    public static StreamFilter of(String types, String collectivity) {
        List<String> exact = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        if (types != null && !types.isBlank()) {
            for (String type : Arrays.stream(types.split(",")).map(String::trim).filter(t -> !t.isEmpty()).toList()) {
                if (!TYPE.matcher(type).matches()) {
                    throw new InvalidCommand("invalid-type", "'" + type + "' is neither an event type nor a prefix ending in *");
                }
                if (type.endsWith("*")) {
                    prefixes.add(type.substring(0, type.length() - 1));
                } else if (PublishedLanguage.classOf(type).isEmpty()) {
                    throw new InvalidCommand("unknown-type", "no event type '" + type
                            + "' is published; GET /api/streams/schemas lists them");
                } else {
                    exact.add(type);
                }
            }
        }
        return new StreamFilter(List.copyOf(exact), List.copyOf(prefixes),
                collectivity == null || collectivity.isBlank() ? null : collectivity.trim());
    }
}
