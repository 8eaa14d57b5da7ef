package ma.remacto.participation.command;

import ma.remacto.kit.domain.InvalidCommand;

/** Free text as the aggregates keep it: any script, stripped of surrounding blanks, never blank. */
final class Text {

    private Text() {
    }

    static String required(String value, String code, String what) {
        if (value == null || value.isBlank()) {
            throw new InvalidCommand(code, what + " is required");
        }
        return value.strip();
    }

    static String orNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
