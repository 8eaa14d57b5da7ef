package ma.remacto.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** A benchmark's command line: positional arguments, and {@code --name=value} options anywhere among them. */
final class Arguments {

    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> options;

    /** @param defaults every option there is, with its default */
    Arguments(String[] args, Map<String, String> defaults) {
        options = new LinkedHashMap<>(defaults);
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 2) {
                String name = arg.substring(2, equals);
                if (!options.containsKey(name)) {
                    throw new IllegalArgumentException(
                            "unknown option --" + name + "; there are " + new TreeSet<>(options.keySet()));
                }
                options.put(name, arg.substring(equals + 1));
            } else {
                positional.add(arg);
            }
        }
    }

    String text(int position, String fallback) {
        return position < positional.size() ? positional.get(position) : fallback;
    }

    int number(int position, int fallback) {
        return position < positional.size() ? Integer.parseInt(positional.get(position)) : fallback;
    }

    String option(String name) {
        return options.get(name);
    }

    int numberOption(String name) {
        return Integer.parseInt(options.get(name));
    }
}
