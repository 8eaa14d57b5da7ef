package ma.remacto.events.programs;

import ma.remacto.events.PublishedEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * The program was evaluated for a period, project by project, in the shape used by OGP's
 * Independent Reporting Mechanism (IRM): how far each project went and whether it opened
 * government ({@code findings}), and, as the IRM assesses a commitment's design, which values of
 * open government it is relevant to and what impact it could have ({@code design}).
 *
 * <p>Revision 2 added {@code design}, {@code byCivilSociety} and {@code principles}; revision 1
 * records read as revision 2 with no design findings, evaluators not said ({@code null}) and no
 * principles.
 *
 * @param programId      the program
 * @param evaluationId   the evaluation's id
 * @param periodFrom     first day of the period evaluated
 * @param periodTo       last day of the period evaluated
 * @param findings       one per project evaluated
 * @param design         the design of projects evaluated (may be empty); {@code null} in revision 1 data
 *                       read from the topic
 * @param byCivilSociety whether civil society carried out the evaluation ({@code false}: the committee or
 *                       the council alone); {@code null} when not said
 * @param principles     the principles of openness the evaluation looked at (may be empty); {@code null}
 *                       in revision 1 data read from the topic
 */
@PublishedEvent(context = "programs", version = 2)
public record EvaluationRecordedEvent(String programId, String evaluationId, LocalDate periodFrom, LocalDate periodTo,
                                      List<Finding> findings, List<DesignFinding> design, Boolean byCivilSociety,
                                      List<OpennessPrinciple> principles) {

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

    /**
     * How a project was designed, as the IRM assesses a commitment. OGP's values (access to
     * information, civic participation, public accountability, technology and innovation) are
     * named by the network's principles of openness.
     *
     * @param number          the project
     * @param relevantTo      the values of open government it is relevant to; empty when none
     * @param potentialImpact none, minor, moderate or transformative
     */
    public record DesignFinding(int number, List<OpennessPrinciple> relevantTo, PotentialImpact potentialImpact) {
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

    /** The IRM's scale of what a project could change if fully carried out. */
    public enum PotentialImpact {
        NONE,
        MINOR,
        MODERATE,
        TRANSFORMATIVE
    }
}
