package ma.remacto.events.programs;

import ma.remacto.events.PublishedEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * The committee evaluated the program for a period, project by project, in the shape used by
 * OGP's independent reviewers.
 *
 * @param programId    the program
 * @param evaluationId the evaluation's id
 * @param periodFrom   first day of the period evaluated
 * @param periodTo     last day of the period evaluated
 * @param findings     one per project evaluated
 */
@PublishedEvent(context = "programs")
public record EvaluationRecordedEvent(String programId, String evaluationId, LocalDate periodFrom, LocalDate periodTo,
                                      List<Finding> findings) {

    /**
     * @param number           the project
     * @param completion       not started, limited, substantial or complete
     * @param openedGovernment did not change, marginal, major or outstanding
     * @param verifiable       whether the result can be verified
     * @param comment          the committee's comment, when any
     */
    public record Finding(int number, Completion completion, OpenedGovernment openedGovernment, boolean verifiable,
                          String comment) {
    }

    public enum Completion {
        NOT_STARTED,
        LIMITED,
        SUBSTANTIAL,
        COMPLETE
    }

    public enum OpenedGovernment {
        DID_NOT_CHANGE,
        MARGINAL,
        MAJOR,
        OUTSTANDING
    }
}
