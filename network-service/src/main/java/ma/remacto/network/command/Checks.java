package ma.remacto.network.command;

import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.kit.domain.RuleViolation;

import java.time.LocalDate;

/** Small checks shared by the collectivity and its committee. */
final class Checks {

    private Checks() {
    }

    static void require(boolean rule, String code, String detail) {
        if (!rule) {
            throw new RuleViolation(code, detail);
        }
    }

    /** {@code field} is the request's own field, so that the answer names what to correct. */
    static void notInFuture(LocalDate date, String field) {
        if (date.isAfter(LocalDate.now())) {
            throw new InvalidCommand("date-in-future", field + ": " + date + " is in the future");
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
