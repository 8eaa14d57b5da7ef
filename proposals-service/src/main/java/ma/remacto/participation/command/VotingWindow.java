package ma.remacto.participation.command;

import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.kit.domain.RuleViolation;

import java.time.Instant;

/**
 * When a consultation takes votes: from {@code opensAt} included until {@code closesAt}
 * excluded. A vote cast, changed or withdrawn outside it answers 409.
 */
public record VotingWindow(Instant opensAt, Instant closesAt) {

    /** The window of a new consultation, which must close after it opens. */
    static VotingWindow of(Instant opensAt, Instant closesAt) {
        if (opensAt == null || closesAt == null) {
            throw new InvalidCommand("window-required", "a consultation needs opensAt and closesAt");
        }
        if (!closesAt.isAfter(opensAt)) {
            throw new InvalidCommand("closes-before-opening", "a consultation must close (" + closesAt
                    + ") after it opens (" + opensAt + ")");
        }
        return new VotingWindow(opensAt, closesAt);
    }

    void requireOpenAt(Instant at) {
        if (at.isBefore(opensAt)) {
            throw new RuleViolation("consultation-not-open-yet", "the consultation opens at " + opensAt);
        }
        if (!at.isBefore(closesAt)) {
            throw new RuleViolation("consultation-closed", "the consultation closed at " + closesAt);
        }
    }
}
