package ma.remacto.reporting.query;

import ma.remacto.events.network.CommitteeMemberAppointedEvent;
import ma.remacto.events.network.CommitteeMemberEditedEvent;
import ma.remacto.events.network.CommitteeMemberErasedEvent;
import ma.remacto.events.network.LegacyCommitteeMemberAppointedEvent;
import ma.remacto.events.participation.LegacyProposalSubmittedEvent;
import ma.remacto.events.participation.PersonalDataErasedEvent;
import ma.remacto.events.participation.ProposalHiddenEvent;
import ma.remacto.events.participation.ProposalSubmittedEvent;
import ma.remacto.kit.keys.Redaction;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Personal text in the events: which events carry some (a proposal's title, body and
 * neighbourhood; a committee member's name), and which make it unreadable (moderation hid the
 * proposal; its author, or an operator for a committee member, erased it). Each piece of text is
 * known by the id of the data key its owning service seals it with, {@code proposal:<proposalId>}
 * or {@code committee:<collectivityId>:<memberId>}, whether the event carries it sealed
 * (revision 2) or in clear (revision 1, still on the topics).
 */
final class PersonalText {

    private PersonalText() {
    }

    /** The key of the personal text the event carries, if it carries any. */
    static Optional<String> keyOf(Object payload) {
        if (payload instanceof ProposalSubmittedEvent submitted) {
            return Optional.of(proposal(submitted.proposalId()));
        }
        if (payload instanceof LegacyProposalSubmittedEvent submitted) {
            return Optional.of(proposal(submitted.proposalId()));
        }
        if (payload instanceof CommitteeMemberAppointedEvent appointed) {
            return Optional.of(committee(appointed.collectivityId(), appointed.memberId()));
        }
        if (payload instanceof LegacyCommitteeMemberAppointedEvent appointed) {
            return Optional.of(committee(appointed.collectivityId(), appointed.memberId()));
        }
        if (payload instanceof CommitteeMemberEditedEvent edited) {
            return Optional.of(committee(edited.collectivityId(), edited.memberId()));
        }
        return Optional.empty();
    }

    /** The text the event makes unreadable, and why; empty for every other event. */
    static Map<String, Redaction> redactedBy(Object payload) {
        Map<String, Redaction> redacted = new LinkedHashMap<>();
        if (payload instanceof ProposalHiddenEvent hidden) {
            redacted.put(proposal(hidden.proposalId()), Redaction.HIDDEN);
        } else if (payload instanceof PersonalDataErasedEvent erased && erased.proposalIds() != null) {
            erased.proposalIds().forEach(id -> redacted.put(proposal(id), Redaction.ERASED));
        } else if (payload instanceof CommitteeMemberErasedEvent erased) {
            redacted.put(committee(erased.collectivityId(), erased.memberId()), Redaction.ERASED);
        }
        return redacted;
    }

    /**
     * Of two reasons met for one text, the one that stays: an erasure outranks a hiding, so that
     * the outcome does not depend on which of the two was applied first.
     */
    static Redaction stronger(Redaction one, Redaction other) {
        return one == Redaction.ERASED || other == Redaction.ERASED ? Redaction.ERASED : Redaction.HIDDEN;
    }

    private static String proposal(String proposalId) {
        return "proposal:" + proposalId;
    }

    private static String committee(String collectivityId, String memberId) {
        return "committee:" + collectivityId + ":" + memberId;
    }
}
