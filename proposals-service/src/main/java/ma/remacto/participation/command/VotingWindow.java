package ma.remacto.participation.command;

import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.kit.domain.RuleViolation;

import java.time.Instant;

/**
 * When a consultation takes votes: from {@code opensAt} included until {@code closesAt}
 * excluded, as an early closing or an extension moved it. A vote cast, changed or withdrawn
 * outside it answers 409, and so does a tally from closing on.
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

    /** Closed is checked first: a consultation closed early, before it opened, is closed, not upcoming. */
    void requireOpenAt(Instant at) {
        requireNotClosedAt(at);
        if (at.isBefore(opensAt)) {
            throw new RuleViolation("consultation-not-open-yet", "the consultation opens at " + opensAt);
        }
    }

    void requireNotClosedAt(Instant at) {
        if (isClosedAt(at)) {
            throw new RuleViolation("consultation-closed", "the consultation closed at " + closesAt);
        }
    }

    public boolean isClosedAt(Instant at) {
        return !at.isBefore(closesAt);
    }
}
