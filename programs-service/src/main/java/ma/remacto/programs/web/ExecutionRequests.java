package ma.remacto.programs.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ma.remacto.events.programs.EvaluationRecordedEvent.Completion;
import ma.remacto.events.programs.EvaluationRecordedEvent.DesignFinding;
import ma.remacto.events.programs.EvaluationRecordedEvent.Finding;
import ma.remacto.events.programs.EvaluationRecordedEvent.OpenedGovernment;
import ma.remacto.events.programs.EvaluationRecordedEvent.PotentialImpact;
import ma.remacto.events.programs.OpennessPrinciple;
import ma.remacto.events.programs.ProjectStatus;
import ma.remacto.kit.web.Ids;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Bodies of progress reports and evaluations. */
final class ExecutionRequests {

    private ExecutionRequests() {
    }

    /** A lower {@code percent} than the project's last one needs a {@code reason}. */
    record ProgressRequest(@NotNull LocalDate asOf, @NotNull ProjectStatus status, @NotNull BigDecimal percent,
                           @Size(max = 2000) String note,
                           @Size(max = 2000) @Pattern(regexp = "https?://\\S+") String evidenceUrl,
                           @Size(max = 2000) String reason) {
    }

    /** One finding, in the shape used by OGP's independent reviewers. */
    record FindingRequest(@NotNull Integer number, @NotNull Completion completion,
                          @NotNull OpenedGovernment openedGovernment, @NotNull Boolean verifiable,
                          @Size(max = 4000) String comment) {

        Finding finding() {
            return new Finding(number, completion, openedGovernment, verifiable,
                    comment == null || comment.isBlank() ? null : comment.strip());
        }
    }

    /**
     * How a project was designed, as OGP's Independent Reporting Mechanism assesses it: the values of
     * open government it is relevant to, and its potential impact.
     */
    record DesignRequest(@NotNull Integer number, @Size(max = 5) List<@NotNull OpennessPrinciple> relevantTo,
                         @NotNull PotentialImpact potentialImpact) {

        DesignFinding finding() {
            return new DesignFinding(number, relevantTo, potentialImpact);
        }
    }

    /**
     * {@code design} (optional) assesses projects' design; {@code byCivilSociety} says whether civil
     * society carried out the evaluation (left out: not said); {@code principles} the openness
     * principles the evaluation looked at.
     */
    record EvaluationRequest(@Pattern(regexp = Ids.SLUG) String id, @NotNull LocalDate periodFrom,
                             @NotNull LocalDate periodTo, @NotEmpty @Size(max = 500) List<@Valid @NotNull FindingRequest> findings,
                             @Size(max = 500) List<@Valid @NotNull DesignRequest> design, Boolean byCivilSociety,
                             @Size(max = 5) List<@NotNull OpennessPrinciple> principles,
                             @Size(max = 2000) String reason) {

        List<DesignFinding> designFindings() {
            return design == null ? null : design.stream().map(DesignRequest::finding).toList();
        }
    }
}
