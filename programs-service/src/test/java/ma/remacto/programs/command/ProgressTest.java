package ma.remacto.programs.command;

import ma.remacto.events.programs.ProgramAdoptedEvent;
import ma.remacto.events.programs.ProgramDraftedEvent;
import ma.remacto.events.programs.ProgramPutToConsultationEvent;
import ma.remacto.events.programs.ProgressReportedEvent;
import ma.remacto.events.programs.ProjectStatus;
import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.kit.domain.RuleViolation;
import ma.remacto.programs.command.ExecutionCommands.ReportProgressCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static ma.remacto.programs.command.Given.ADOPTED_ON;
import static ma.remacto.programs.command.Given.PROGRAM;
import static ma.remacto.programs.command.Given.STARTED;
import static ma.remacto.programs.command.Given.because;
import static org.hamcrest.Matchers.containsString;

class ProgressTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    private FixtureConfiguration<Program> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Program.class);
    }

    private static ReportProgressCommand report(int number, ProjectStatus status, String percent) {
        return new ReportProgressCommand(PROGRAM, number, AS_OF, status, new BigDecimal(percent), " أشغال جارية ",
                " https://temara.ma/photos/1 ");
    }

    @Test
    void aProjectReportsItsProgressWithANoteAndEvidence() {
        fixture.given(Given.adopted()).andGiven(STARTED)
                .when(report(2, ProjectStatus.IN_PROGRESS, "35.50"))
                .expectEvents(new ProgressReportedEvent(PROGRAM, 2, AS_OF, ProjectStatus.IN_PROGRESS,
                        new BigDecimal("35.5"), "أشغال جارية", "https://temara.ma/photos/1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "100.01", "250"})
    void percentIsBetween0And100(String percent) {
        fixture.given(Given.adopted()).andGiven(STARTED)
                .when(report(2, ProjectStatus.IN_PROGRESS, percent))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage(containsString("between 0 and 100"))
                .expectNoEvents();
    }

    @Test
    void progressIsReportedOnlyWithinTheProgramsPeriod() {
        fixture.given(Given.adopted())
                .when(new ReportProgressCommand(PROGRAM, 1, LocalDate.of(2024, 12, 31), ProjectStatus.IN_PROGRESS,
                        BigDecimal.TEN, null, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("2024-12-31 is before it starts"))
                .expectNoEvents();
        fixture.given(Given.adopted())
                .when(new ReportProgressCommand(PROGRAM, 1, LocalDate.of(2025, 1, 1), ProjectStatus.IN_PROGRESS,
                        BigDecimal.TEN, null, null))
                .expectSuccessfulHandlerExecution();
        ProgramDraftedEvent earlier = new ProgramDraftedEvent(PROGRAM, "temara", "برنامج عمل الانفتاح", 2020, 2022);
        fixture.given(earlier, Given.AXIS_1, Given.PROJECT_1,
                        new ProgramPutToConsultationEvent(PROGRAM, LocalDate.of(2019, 10, 1)),
                        new ProgramAdoptedEvent(PROGRAM, "دورة أكتوبر 2019", LocalDate.of(2019, 10, 7), null,
                                new BigDecimal("1500000")))
                .when(new ReportProgressCommand(PROGRAM, 1, LocalDate.of(2023, 1, 15), ProjectStatus.COMPLETED,
                        new BigDecimal("100"), null, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("within the program's period, 2020-01-01 to 2022-12-31; "
                        + "2023-01-15 is after it ends"))
                .expectNoEvents();
    }

    @Test
    void percentGoesDownOnlyWithAReason() {
        fixture.given(Given.adopted()).andGiven(STARTED, Given.progress(2, "40"))
                .when(report(2, ProjectStatus.DELAYED, "30"))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage(containsString("from 40 to 30 percent"))
                .expectNoEvents();
        fixture.given(Given.adopted()).andGiven(STARTED, Given.progress(2, "40"))
                .when(report(2, ProjectStatus.DELAYED, "30"), because("works redone after inspection"))
                .expectEvents(new ProgressReportedEvent(PROGRAM, 2, AS_OF, ProjectStatus.DELAYED, new BigDecimal("30"),
                        "أشغال جارية", "https://temara.ma/photos/1"));
    }

    @Test
    void aCompletedProjectIsAt100Percent() {
        fixture.given(Given.adopted()).andGiven(STARTED)
                .when(report(2, ProjectStatus.COMPLETED, "90"))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage(containsString("100 percent"))
                .expectNoEvents();
    }

    @Test
    void aProgressReportDoesNotCancelAProject() {
        fixture.given(Given.adopted()).andGiven(STARTED)
                .when(report(2, ProjectStatus.CANCELLED, "0"))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage(containsString("revision"))
                .expectNoEvents();
    }

    @Test
    void progressIsReportedOnlyAfterAdoption() {
        fixture.given(Given.draftWithTwoProjects())
                .when(report(2, ProjectStatus.IN_PROGRESS, "10"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void progressIsNotDatedBeforeTheAdoptionNorInTheFuture() {
        fixture.given(Given.adopted())
                .when(new ReportProgressCommand(PROGRAM, 2, ADOPTED_ON.minusDays(1), ProjectStatus.IN_PROGRESS,
                        BigDecimal.ONE, null, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(Given.adopted())
                .when(new ReportProgressCommand(PROGRAM, 2, LocalDate.now().plusDays(2), ProjectStatus.IN_PROGRESS,
                        BigDecimal.ONE, null, null))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }
}
