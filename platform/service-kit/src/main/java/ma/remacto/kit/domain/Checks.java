package ma.remacto.kit.domain;

import java.time.LocalDate;

/** Small checks the aggregates of every service share, answered with the domain's exceptions. */
public final class Checks {

    private Checks() {
    }

    /** A business rule: 409 with {@code code} when it does not hold. */
    public static void require(boolean rule, String code, String detail) {
        if (!rule) {
            throw new RuleViolation(code, detail);
        }
    }

    public static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidCommand("reason-required", "this change needs a reason");
        }
    }

    public static void notInFuture(LocalDate date) {
        if (date.isAfter(LocalDate.now())) {
            throw new InvalidCommand("date-in-future", date + " is in the future");
        }
    }

    /** {@code field} is the request's own field, so that the answer names what to correct. */
    public static void notInFuture(LocalDate date, String field) {
        if (date.isAfter(LocalDate.now())) {
            throw new InvalidCommand("date-in-future", field + ": " + date + " is in the future");
        }
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
