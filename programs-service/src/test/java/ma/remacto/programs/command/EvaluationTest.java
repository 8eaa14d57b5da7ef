package ma.remacto.programs.command;

import ma.remacto.events.programs.EvaluationRecordedEvent;
import ma.remacto.events.programs.EvaluationRecordedEvent.Completion;
import ma.remacto.events.programs.EvaluationRecordedEvent.DesignFinding;
import ma.remacto.events.programs.EvaluationRecordedEvent.Finding;
import ma.remacto.events.programs.EvaluationRecordedEvent.PotentialImpact;
import ma.remacto.events.programs.OpennessPrinciple;
import ma.remacto.events.programs.EvaluationRecordedEvent.OpenedGovernment;
import ma.remacto.events.programs.ProgramClosedEvent;
import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.kit.domain.RuleViolation;
import ma.remacto.programs.command.ExecutionCommands.RecordEvaluationCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static ma.remacto.programs.command.Given.PROGRAM;
import static org.hamcrest.Matchers.containsString;

class EvaluationTest {

    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 6, 30);
    private static final Finding SUBSTANTIAL = new Finding(1, Completion.SUBSTANTIAL, OpenedGovernment.MAJOR, true,
            "الربط منجز في ثلاثة أحياء");
    private static final Finding NOT_STARTED = new Finding(2, Completion.NOT_STARTED, OpenedGovernment.DID_NOT_CHANGE,
            false, null);

    private FixtureConfiguration<Program> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Program.class);
    }

    private static RecordEvaluationCommand evaluate(String id, LocalDate from, LocalDate to, List<Finding> findings) {
        return new RecordEvaluationCommand(PROGRAM, id, from, to, findings, null, null, null);
    }

    @Test
    void theCommitteeEvaluatesAnAdoptedProgramProjectByProject() {
        fixture.given(Given.adopted())
                .when(evaluate("h1-2025", FROM, TO, List.of(SUBSTANTIAL, NOT_STARTED)))
                .expectEvents(new EvaluationRecordedEvent(PROGRAM, "h1-2025", FROM, TO, List.of(SUBSTANTIAL, NOT_STARTED),
                        List.of(), null, List.of()));
    }

    @Test
    void civilSocietyAssessesTheDesignOfProjectsAsTheIrmDoes() {
        DesignFinding portal = new DesignFinding(1, List.of(OpennessPrinciple.DIGITALISATION,
                OpennessPrinciple.ACCESS_TO_INFORMATION), PotentialImpact.MODERATE);
        fixture.given(Given.adopted())
                .when(new RecordEvaluationCommand(PROGRAM, "irm-2025", FROM, TO, List.of(SUBSTANTIAL), List.of(portal),
                        true, List.of(OpennessPrinciple.TRANSPARENCY, OpennessPrinciple.CITIZEN_PARTICIPATION)))
                .expectEvents(new EvaluationRecordedEvent(PROGRAM, "irm-2025", FROM, TO, List.of(SUBSTANTIAL),
                        List.of(new DesignFinding(1, List.of(OpennessPrinciple.ACCESS_TO_INFORMATION,
                                OpennessPrinciple.DIGITALISATION), PotentialImpact.MODERATE)), true,
                        List.of(OpennessPrinciple.TRANSPARENCY, OpennessPrinciple.CITIZEN_PARTICIPATION)));
    }

    @Test
    void aDesignFindingIsAboutAProjectOfTheMatrixOnceWithItsPotentialImpact() {
        for (List<DesignFinding> design : List.of(
                List.of(new DesignFinding(9, List.of(), PotentialImpact.MINOR)),
                List.of(new DesignFinding(1, List.of(), PotentialImpact.MINOR),
                        new DesignFinding(1, List.of(), PotentialImpact.NONE)),
                List.of(new DesignFinding(2, List.of(OpennessPrinciple.ACCOUNTABILITY), null)))) {
            fixture.given(Given.adopted())
                    .when(new RecordEvaluationCommand(PROGRAM, "irm-2025", FROM, TO, List.of(SUBSTANTIAL), design, false,
                            null))
                    .expectException(InvalidCommand.class)
                    .expectExceptionMessage(containsString("design: "))
                    .expectNoEvents();
        }
    }

    @Test
    void aDraftIsNotEvaluated() {
        fixture.given(Given.draftWithTwoProjects())
                .when(evaluate("h1-2025", FROM, TO, List.of(SUBSTANTIAL)))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("after its adoption"))
                .expectNoEvents();
    }

    @Test
    void aClosedProgramIsStillEvaluated() {
        fixture.given(Given.adopted()).andGiven(new ProgramClosedEvent(PROGRAM, TO))
                .when(evaluate("final", FROM, TO, List.of(SUBSTANTIAL)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void theEvaluatedPeriodEndsNoEarlierThanItStarts() {
        fixture.given(Given.adopted())
                .when(evaluate("h1-2025", TO, FROM, List.of(SUBSTANTIAL)))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage(containsString("ends before it starts"))
                .expectNoEvents();
        fixture.given(Given.adopted())
                .when(evaluate("day", FROM, FROM, List.of(SUBSTANTIAL)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void findingsAreAboutProjectsOfTheMatrixOnceEach() {
        fixture.given(Given.adopted())
                .when(evaluate("h1-2025", FROM, TO, List.of(new Finding(11, Completion.COMPLETE,
                        OpenedGovernment.OUTSTANDING, true, null))))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage(containsString("no project 11"))
                .expectNoEvents();
        fixture.given(Given.adopted())
                .when(evaluate("h1-2025", FROM, TO, List.of(SUBSTANTIAL, SUBSTANTIAL)))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
        fixture.given(Given.adopted())
                .when(evaluate("h1-2025", FROM, TO, List.of()))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void anEvaluationIsRecordedOnce() {
        fixture.given(Given.adopted())
                .andGiven(new EvaluationRecordedEvent(PROGRAM, "h1-2025", FROM, TO, List.of(SUBSTANTIAL), List.of(), null,
                        List.of()))
                .when(evaluate("h1-2025", FROM, TO, List.of(SUBSTANTIAL)))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }
}
