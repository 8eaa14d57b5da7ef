package ma.remacto.programs.command;

import ma.remacto.events.EventMetadata;
import ma.remacto.events.programs.AxisAddedEvent;
import ma.remacto.kit.security.Caller;
import ma.remacto.kit.security.Forbidden;
import ma.remacto.programs.command.ExecutionCommands.RecordEvaluationCommand;
import ma.remacto.programs.command.ExecutionCommands.ReportProgressCommand;
import ma.remacto.programs.command.MatrixCommands.AddAxisCommand;
import ma.remacto.programs.command.MatrixCommands.AddProjectCommand;
import ma.remacto.programs.command.MatrixCommands.ImportMatrixCommand;
import ma.remacto.programs.command.MatrixCommands.ReviseProjectCommand;
import ma.remacto.programs.command.ProgramCommands.AdoptProgramCommand;
import ma.remacto.programs.command.ProgramCommands.CloseProgramCommand;
import ma.remacto.programs.command.ProgramCommands.PutToConsultationCommand;
import ma.remacto.events.programs.EvaluationRecordedEvent.Completion;
import ma.remacto.events.programs.EvaluationRecordedEvent.Finding;
import ma.remacto.events.programs.EvaluationRecordedEvent.OpenedGovernment;
import ma.remacto.events.programs.ProjectStatus;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.CustomTypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static ma.remacto.programs.command.Given.ADMIN;
import static ma.remacto.programs.command.Given.ADOPTED_ON;
import static ma.remacto.programs.command.Given.CITIZEN;
import static ma.remacto.programs.command.Given.CONSULTED;
import static ma.remacto.programs.command.Given.OPERATOR;
import static ma.remacto.programs.command.Given.OTHER_ADMIN;
import static ma.remacto.programs.command.Given.PROGRAM;
import static ma.remacto.programs.command.Given.because;

/** The program knows its collectivity: only its admins and network operators act on it. */
class AuthorizationTest {

    private FixtureConfiguration<Program> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Program.class);
        fixture.registerInjectableResource((RetainedProposals) (proposal, collectivity) -> true);
    }

    static Stream<Function<Caller, Object>> everyCommand() {
        return Stream.of(
                caller -> new PutToConsultationCommand(PROGRAM, CONSULTED, caller),
                caller -> new AdoptProgramCommand(PROGRAM, "session", ADOPTED_ON, null, caller),
                caller -> new CloseProgramCommand(PROGRAM, ADOPTED_ON, caller),
                caller -> new AddAxisCommand(PROGRAM, 2, "محور", null, caller),
                caller -> new AddProjectCommand(PROGRAM, 3, 1, "مشروع", null, BigDecimal.ONE, BigDecimal.ONE, null,
                        List.of(), caller),
                caller -> new ImportMatrixCommand(PROGRAM, List.of(new MatrixRow(2, 1, null, 3, "مشروع", BigDecimal.ONE,
                        BigDecimal.ONE)), caller),
                caller -> new ReviseProjectCommand(PROGRAM, 1, ADOPTED_ON, BigDecimal.TEN, null, null, null, false, caller),
                caller -> new ReportProgressCommand(PROGRAM, 1, ADOPTED_ON, ProjectStatus.IN_PROGRESS, BigDecimal.ONE,
                        null, null, caller),
                caller -> new RecordEvaluationCommand(PROGRAM, "eval-1", ADOPTED_ON, ADOPTED_ON,
                        List.of(new Finding(1, Completion.LIMITED, OpenedGovernment.MARGINAL, true, null)), caller));
    }

    @ParameterizedTest
    @MethodSource("everyCommand")
    void anAdminOfAnotherCollectivityMayNotActOnTheProgram(Function<Caller, Object> command) {
        fixture.given(Given.draftWithTwoProjects())
                .when(command.apply(OTHER_ADMIN), because("r"))
                .expectException(Forbidden.class)
                .expectNoEvents();
        fixture.given(Given.adopted())
                .when(command.apply(OTHER_ADMIN), because("r"))
                .expectException(Forbidden.class)
                .expectNoEvents();
    }

    @ParameterizedTest
    @MethodSource("everyCommand")
    void aCitizenMayNotActOnAProgram(Function<Caller, Object> command) {
        fixture.given(Given.adopted())
                .when(command.apply(CITIZEN), because("r"))
                .expectException(Forbidden.class)
                .expectNoEvents();
    }

    @Test
    void anOperatorActsOnAnyProgramAndItsEventsCarryTheProgramsCollectivity() {
        fixture.given(Given.draftWithTwoProjects())
                .when(new AddAxisCommand(PROGRAM, 2, "محور", null, OPERATOR))
                .expectEvents(new AxisAddedEvent(PROGRAM, 2, "محور", null))
                .expectEventsMatching(new CustomTypeSafeMatcher<List<EventMessage<?>>>("events of collectivity temara") {
                    @Override
                    protected boolean matchesSafely(List<EventMessage<?>> events) {
                        return !events.isEmpty() && events.stream()
                                .allMatch(e -> "temara".equals(e.getMetaData().get(EventMetadata.COLLECTIVITY)));
                    }
                });
    }

    @Test
    void theProgramsOwnAdminActsOnIt() {
        fixture.given(Given.draftWithTwoProjects())
                .when(new AddAxisCommand(PROGRAM, 2, "محور", null, ADMIN))
                .expectEvents(new AxisAddedEvent(PROGRAM, 2, "محور", null));
    }
}
