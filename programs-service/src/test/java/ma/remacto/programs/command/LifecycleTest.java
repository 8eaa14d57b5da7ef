package ma.remacto.programs.command;

import ma.remacto.events.programs.ProgramAdoptedEvent;
import ma.remacto.events.programs.ProgramClosedEvent;
import ma.remacto.events.programs.ProgramExecutionStartedEvent;
import ma.remacto.events.programs.ProgramPutToConsultationEvent;
import ma.remacto.events.programs.ProgressReportedEvent;
import ma.remacto.events.programs.ProjectStatus;
import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.kit.domain.RuleViolation;
import ma.remacto.programs.command.ExecutionCommands.ReportProgressCommand;
import ma.remacto.programs.command.MatrixCommands.AddAxisCommand;
import ma.remacto.programs.command.ProgramCommands.AdoptProgramCommand;
import ma.remacto.programs.command.ProgramCommands.CloseProgramCommand;
import ma.remacto.programs.command.ProgramCommands.PutToConsultationCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static ma.remacto.programs.command.Given.ADOPTED_ON;
import static ma.remacto.programs.command.Given.AXIS_1;
import static ma.remacto.programs.command.Given.CONSULTED;
import static ma.remacto.programs.command.Given.DRAFTED;
import static ma.remacto.programs.command.Given.IN_CONSULTATION;
import static ma.remacto.programs.command.Given.PROGRAM;
import static ma.remacto.programs.command.Given.SESSION;
import static ma.remacto.programs.command.Given.STARTED;
import static ma.remacto.programs.command.Given.STARTED_ON;
import static ma.remacto.programs.command.Given.because;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

class LifecycleTest {

    private FixtureConfiguration<Program> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Program.class);
    }

    @Test
    void aDraftGoesToConsultation() {
        fixture.given(Given.draftWithTwoProjects())
                .when(new PutToConsultationCommand(PROGRAM, CONSULTED))
                .expectEvents(new ProgramPutToConsultationEvent(PROGRAM, CONSULTED))
                .expectState(program -> assertThat(program.status()).isEqualTo(ProgramStatus.IN_CONSULTATION));
    }

    @Test
    void onlyADraftGoesToConsultation() {
        fixture.given(Given.adopted())
                .when(new PutToConsultationCommand(PROGRAM, ADOPTED_ON))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("only a draft"))
                .expectNoEvents();
    }

    @Test
    void theCouncilAdoptsTheProgramWithItsTotalCostAsAdopted() {
        fixture.given(Given.draftWithTwoProjects())
                .andGiven(IN_CONSULTATION)
                .when(new AdoptProgramCommand(PROGRAM, " " + SESSION + " ", ADOPTED_ON, " 2024/45 "))
                .expectEvents(new ProgramAdoptedEvent(PROGRAM, SESSION, ADOPTED_ON, "2024/45", new BigDecimal("29500000")))
                .expectState(program -> assertThat(program.status()).isEqualTo(ProgramStatus.ADOPTED));
    }

    @Test
    void aProgramIsAdoptedAfterItsConsultation() {
        fixture.given(Given.draftWithTwoProjects())
                .when(new AdoptProgramCommand(PROGRAM, SESSION, ADOPTED_ON, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("after its consultation"))
                .expectNoEvents();
    }

    @Test
    void aProgramWithoutProjectsIsNotAdopted() {
        fixture.given(DRAFTED, AXIS_1, IN_CONSULTATION)
                .when(new AdoptProgramCommand(PROGRAM, SESSION, ADOPTED_ON, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("at least one project"))
                .expectNoEvents();
    }

    @Test
    void anAdoptionNamesItsSession() {
        fixture.given(Given.draftWithTwoProjects()).andGiven(IN_CONSULTATION)
                .when(new AdoptProgramCommand(PROGRAM, " ", ADOPTED_ON, null))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void lifecycleDatesNeverGoBack() {
        fixture.given(Given.draftWithTwoProjects()).andGiven(IN_CONSULTATION)
                .when(new AdoptProgramCommand(PROGRAM, SESSION, CONSULTED.minusDays(1), null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("before the program's previous change"))
                .expectNoEvents();
    }

    @Test
    void aChangeIsNotDatedInTheFuture() {
        fixture.given(Given.draftWithTwoProjects())
                .when(new PutToConsultationCommand(PROGRAM, LocalDate.now().plusDays(1)))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage(containsString("in the future"))
                .expectNoEvents();
    }

    @Test
    void theFirstProgressReportPutsTheProgramIntoExecutionFirst() {
        fixture.given(Given.adopted())
                .when(new ReportProgressCommand(PROGRAM, 1, STARTED_ON, ProjectStatus.IN_PROGRESS, new BigDecimal("10"),
                        null, null))
                .expectEvents(new ProgramExecutionStartedEvent(PROGRAM, STARTED_ON),
                        new ProgressReportedEvent(PROGRAM, 1, STARTED_ON, ProjectStatus.IN_PROGRESS, new BigDecimal("10"),
                                null, null))
                .expectState(program -> assertThat(program.status()).isEqualTo(ProgramStatus.IN_EXECUTION));
    }

    @Test
    void laterProgressReportsDoNotStartExecutionAgain() {
        fixture.given(Given.adopted()).andGiven(STARTED, Given.progress(1, "10"))
                .when(new ReportProgressCommand(PROGRAM, 2, STARTED_ON, ProjectStatus.IN_PROGRESS, new BigDecimal("5"),
                        null, null))
                .expectEvents(new ProgressReportedEvent(PROGRAM, 2, STARTED_ON, ProjectStatus.IN_PROGRESS,
                        new BigDecimal("5"), null, null));
    }

    @Test
    void aProgramIsClosedWithAReason() {
        LocalDate on = LocalDate.of(2026, 1, 31);
        fixture.given(Given.adopted()).andGiven(STARTED)
                .when(new CloseProgramCommand(PROGRAM, on), because("period ended"))
                .expectEvents(new ProgramClosedEvent(PROGRAM, on))
                .expectState(program -> assertThat(program.status()).isEqualTo(ProgramStatus.CLOSED));
        fixture.given(Given.adopted())
                .when(new CloseProgramCommand(PROGRAM, on))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage(containsString("needs a reason"))
                .expectNoEvents();
    }

    @Test
    void anAbandonedDraftMayBeClosedToFreeItsPeriod() {
        fixture.given(DRAFTED)
                .when(new CloseProgramCommand(PROGRAM, CONSULTED), because("replaced by a new draft"))
                .expectEvents(new ProgramClosedEvent(PROGRAM, CONSULTED));
    }

    @Test
    void aClosedProgramTakesNoMoreChanges() {
        ProgramClosedEvent closed = new ProgramClosedEvent(PROGRAM, CONSULTED);
        fixture.given(DRAFTED, closed)
                .when(new AddAxisCommand(PROGRAM, 2, "محور", null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("closed"))
                .expectNoEvents();
        fixture.given(DRAFTED, closed)
                .when(new CloseProgramCommand(PROGRAM, CONSULTED), because("again"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(Given.adopted()).andGiven(new ProgramClosedEvent(PROGRAM, ADOPTED_ON))
                .when(new ReportProgressCommand(PROGRAM, 1, ADOPTED_ON, ProjectStatus.IN_PROGRESS, BigDecimal.ONE,
                        null, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aProgramIsAdoptedOnce() {
        fixture.given(Given.adopted())
                .when(new AdoptProgramCommand(PROGRAM, SESSION, ADOPTED_ON, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }
}
