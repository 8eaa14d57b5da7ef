package ma.remacto.participation.command;

import ma.remacto.events.participation.ProposalChannel;
import ma.remacto.events.participation.ProposalHiddenEvent;
import ma.remacto.events.participation.ProposalReviewedEvent;
import ma.remacto.events.participation.ProposalSubmittedEvent;
import ma.remacto.events.participation.ProposalWithdrawnEvent;
import ma.remacto.events.participation.ReviewDecision;
import ma.remacto.kit.domain.NotAllowed;
import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.kit.domain.NotFound;
import ma.remacto.kit.domain.RuleViolation;
import ma.remacto.participation.command.ProposalCommands.HideProposalCommand;
import ma.remacto.participation.command.ProposalCommands.ReviewProposalCommand;
import ma.remacto.participation.command.ProposalCommands.SubmitProposalCommand;
import ma.remacto.participation.command.ProposalCommands.WithdrawProposalCommand;

import java.util.HashMap;
import java.util.Map;

/**
 * The proposals of one process, as its aggregate sees them. Review: received → (under study) →
 * retained, not retained or merged into another proposal of the process; a decided proposal is
 * not reviewed again, nor withdrawn. Under study is optional: a clear duplicate may be merged
 * straight away. Only the author withdraws; moderators hide, with a reason.
 */
final class Proposals {

    private record Entry(ProposalStatus status, String authorId, boolean hidden) {
    }

    private final Map<String, Entry> entries = new HashMap<>();

    boolean contains(String proposalId) {
        return entries.containsKey(proposalId);
    }

    void checkSubmission(SubmitProposalCommand command) {
        if (entries.containsKey(command.proposalId())) {
            throw new RuleViolation("already-exists", "the process has a proposal '" + command.proposalId() + "' already");
        }
        if (command.channel() == null) {
            throw new InvalidCommand("channel-required", "a proposal comes through a channel");
        }
        boolean online = command.channel() == ProposalChannel.DIGITAL_PLATFORM;
        if (online != (command.authorId() != null)) {
            throw new InvalidCommand("channel-author-mismatch", "a proposal on the digital platform comes from its citizen "
                    + "author; one entered on behalf of a workshop or the equality body has no author id");
        }
        Text.required(command.title(), "title-required", "a proposal's title");
        Text.required(command.body(), "body-required", "a proposal's text");
    }

    ProposalReviewedEvent review(ReviewProposalCommand command) {
        Entry proposal = require(command.proposalId());
        requireOpen(command.proposalId(), proposal, "reviewed");
        ReviewDecision decision = command.decision();
        if (decision == null) {
            throw new InvalidCommand("decision-required", "a review needs a decision");
        }
        if (decision == ReviewDecision.UNDER_STUDY && proposal.status() == ProposalStatus.UNDER_STUDY) {
            throw new RuleViolation("already-under-study", "proposal '" + command.proposalId() + "' is under study already");
        }
        if ((decision == ReviewDecision.NOT_RETAINED || decision == ReviewDecision.MERGED) && Text.orNull(command.reason()) == null) {
            throw new InvalidCommand("reason-required", "a proposal " + decision + " needs a reason");
        }
        String target = Text.orNull(command.mergedInto());
        if (decision != ReviewDecision.MERGED) {
            if (target != null) {
                throw new InvalidCommand("merged-into-without-merge", "mergedInto is for a MERGED decision only");
            }
            return new ProposalReviewedEvent(command.proposalId(), decision, null);
        }
        checkMergeTarget(command.proposalId(), target);
        return new ProposalReviewedEvent(command.proposalId(), decision, target);
    }

    private void checkMergeTarget(String proposalId, String target) {
        if (target == null) {
            throw new InvalidCommand("merge-target-required", "a merge names the proposal it merges into (mergedInto)");
        }
        if (target.equals(proposalId)) {
            throw new InvalidCommand("merge-into-itself", "a proposal cannot be merged into itself");
        }
        Entry into = entries.get(target);
        if (into == null) {
            throw new InvalidCommand("unknown-proposal", "'" + target + "' is not a proposal of this process");
        }
        if (into.status() == ProposalStatus.WITHDRAWN) {
            throw new RuleViolation("merge-target-withdrawn", "proposal '" + target + "' was withdrawn by its author");
        }
    }

    void checkWithdrawal(WithdrawProposalCommand command) {
        Entry proposal = require(command.proposalId());
        if (proposal.authorId() == null || !proposal.authorId().equals(command.requestedBy())) {
            throw new NotAllowed("not-the-author", "only the author of proposal '" + command.proposalId() + "' may withdraw it");
        }
        requireOpen(command.proposalId(), proposal, "withdrawn");
    }

    void checkHiding(HideProposalCommand command) {
        Entry proposal = require(command.proposalId());
        Text.required(command.reason(), "reason-required", "the reason for hiding a proposal");
        if (proposal.hidden()) {
            throw new RuleViolation("already-hidden", "proposal '" + command.proposalId() + "' is hidden already");
        }
    }

    private Entry require(String proposalId) {
        Entry proposal = entries.get(proposalId);
        if (proposal == null) {
            throw new NotFound("proposal", proposalId);
        }
        return proposal;
    }

    private static void requireOpen(String proposalId, Entry proposal, String change) {
        if (proposal.status() == ProposalStatus.WITHDRAWN) {
            throw new RuleViolation("proposal-withdrawn", "proposal '" + proposalId + "' was withdrawn and cannot be " + change);
        }
        if (ProposalStatus.DECIDED.contains(proposal.status())) {
            throw new RuleViolation("proposal-decided", "proposal '" + proposalId + "' was decided (" + proposal.status()
                    + ") and cannot be " + change);
        }
    }

    void on(ProposalSubmittedEvent event) {
        entries.put(event.proposalId(), new Entry(ProposalStatus.RECEIVED, event.authorId(), false));
    }

    void on(ProposalReviewedEvent event) {
        Entry proposal = entries.get(event.proposalId());
        entries.put(event.proposalId(), new Entry(ProposalStatus.valueOf(event.decision().name()), proposal.authorId(),
                proposal.hidden()));
    }

    void on(ProposalWithdrawnEvent event) {
        Entry proposal = entries.get(event.proposalId());
        entries.put(event.proposalId(), new Entry(ProposalStatus.WITHDRAWN, proposal.authorId(), proposal.hidden()));
    }

    void on(ProposalHiddenEvent event) {
        Entry proposal = entries.get(event.proposalId());
        entries.put(event.proposalId(), new Entry(proposal.status(), proposal.authorId(), true));
    }
}
