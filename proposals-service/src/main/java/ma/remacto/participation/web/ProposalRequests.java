package ma.remacto.participation.web;

import com.fasterxml.jackson.annotation.JsonAlias;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ma.remacto.events.Gender;
import ma.remacto.events.participation.ProposalChannel;
import ma.remacto.events.participation.ReviewDecision;
import ma.remacto.kit.web.Ids;

/** Bodies of the proposal requests. Text is any Unicode (Arabic, French, Tamazight). */
final class ProposalRequests {

    private ProposalRequests() {
    }

    /** {@code authorGender} (or {@code gender}) only when the author gave it. */
    record NewProposal(@Pattern(regexp = Ids.SLUG) String id, @NotNull ProposalChannel channel,
                       @Size(max = 64) String stationId, @NotBlank @Size(max = 300) String title,
                       @NotBlank @Size(max = 10000) String body, @Size(max = 300) String suggestedAxis,
                       @Size(max = 300) String neighbourhood, @JsonAlias("gender") Gender authorGender,
                       @Size(max = 2000) String reason) {
    }

    record Review(@NotNull ReviewDecision decision, @Size(max = 2000) String reason, @Size(max = 64) String mergedInto) {

        @AssertTrue(message = "a proposal not retained or merged needs a reason")
        boolean isReasonGivenWhenRequired() {
            return (decision != ReviewDecision.NOT_RETAINED && decision != ReviewDecision.MERGED)
                    || (reason != null && !reason.isBlank());
        }

        @AssertTrue(message = "mergedInto names the proposal merged into, for a MERGED decision only")
        boolean isMergedIntoGivenForMergeOnly() {
            return (decision == ReviewDecision.MERGED) == (mergedInto != null && !mergedInto.isBlank());
        }
    }

    record Withdrawal(@Size(max = 2000) String reason) {
    }

    record Hiding(@NotBlank @Size(max = 2000) String reason) {
    }
}
