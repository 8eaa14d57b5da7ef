package ma.remacto.programs.command;

import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.kit.domain.RuleViolation;

import java.time.LocalDate;

/** Small checks the program's rules share. */
final class Rules {

    private Rules() {
    }

    static void require(boolean rule, String code, String detail) {
        if (!rule) {
            throw new RuleViolation(code, detail);
        }
    }

    static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidCommand("reason-required", "this change needs a reason");
        }
    }

    static void notInFuture(LocalDate date) {
        if (date.isAfter(LocalDate.now())) {
            throw new InvalidCommand("date-in-future", date + " is in the future");
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
