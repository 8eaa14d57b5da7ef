package ma.remacto.programs.command;

import ma.remacto.events.programs.ProjectRevisedEvent;
import ma.remacto.events.programs.ProjectStatus;
import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.kit.domain.NotFound;
import ma.remacto.kit.domain.RuleViolation;
import ma.remacto.programs.command.ExecutionCommands.ReportProgressCommand;
import ma.remacto.programs.command.MatrixCommands.ReviseProjectCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static ma.remacto.programs.command.Given.ADOPTED_ON;
import static ma.remacto.programs.command.Given.PROGRAM;
import static ma.remacto.programs.command.Given.because;
import static org.hamcrest.Matchers.containsString;

class RevisionTest {

    private static final LocalDate ON = LocalDate.of(2025, 3, 1);
    private static final ProjectRevisedEvent CANCELLED = new ProjectRevisedEvent(PROGRAM, 1, ON, null, null, null, null, true);

    private FixtureConfiguration<Program> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Program.class);
    }

    private static ReviseProjectCommand revise(int number, String cost, String months, String titleAr, boolean cancel) {
        return new ReviseProjectCommand(PROGRAM, number, ON, cost == null ? null : new BigDecimal(cost),
                months == null ? null : new BigDecimal(months), titleAr, null, cancel);
    }

    @Test
    void anAdoptedProjectIsRevisedWithAReasonRecordingOnlyWhatChanges() {
        fixture.given(Given.adopted())
                .when(revise(2, "30000000.00", "24", " صيانة المساحات الخضراء ", false), because("technical study"))
                .expectEvents(new ProjectRevisedEvent(PROGRAM, 2, ON, new BigDecimal("30000000"), null,
                        "صيانة المساحات الخضراء", null, false));
    }

    @Test
    void aRevisionNeedsAReason() {
        fixture.given(Given.adopted())
                .when(revise(2, "30000000", null, null, false))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage(containsString("needs a reason"))
                .expectNoEvents();
    }

    @Test
    void aRevisionChangesSomething() {
        fixture.given(Given.adopted())
                .when(revise(2, "28000000.0", "24", "مشروع 2", false), because("no change"))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage(containsString("changes nothing"))
                .expectNoEvents();
    }

    @Test
    void aDraftIsNotRevisedButEditedDirectly() {
        fixture.given(Given.draftWithTwoProjects())
                .when(revise(2, "30000000", null, null, false), because("r"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("not adopted"))
                .expectNoEvents();
    }

    @Test
    void aRevisionKeepsTheFiguresValid() {
        fixture.given(Given.adopted())
                .when(revise(2, "-1", null, null, false), because("r"))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
        fixture.given(Given.adopted())
                .when(revise(2, null, "0", null, false), because("r"))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void aRevisionIsNotDatedBeforeTheAdoption() {
        fixture.given(Given.adopted())
                .when(new ReviseProjectCommand(PROGRAM, 2, ADOPTED_ON.minusDays(1), BigDecimal.ONE, null, null, null,
                        false), because("r"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("before the adoption"))
                .expectNoEvents();
    }

    @Test
    void aRevisionCancelsAProjectWhichThenTakesNoRevisionNorProgress() {
        fixture.given(Given.adopted())
                .when(revise(1, null, null, null, true), because("merged into project 2"))
                .expectEvents(CANCELLED);
        fixture.given(Given.adopted()).andGiven(CANCELLED)
                .when(revise(1, "1", null, null, false), because("r"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("cancelled"))
                .expectNoEvents();
        fixture.given(Given.adopted()).andGiven(CANCELLED)
                .when(new ReportProgressCommand(PROGRAM, 1, ON, ProjectStatus.IN_PROGRESS, BigDecimal.TEN, null, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void anUnknownProjectIsNotFound() {
        fixture.given(Given.adopted())
                .when(revise(42, "1", null, null, false), because("r"))
                .expectException(NotFound.class)
                .expectNoEvents();
    }
}
