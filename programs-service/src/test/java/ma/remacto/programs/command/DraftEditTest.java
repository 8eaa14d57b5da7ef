package ma.remacto.programs.command;

import ma.remacto.events.programs.AxisAddedEvent;
import ma.remacto.events.programs.AxisEditedEvent;
import ma.remacto.events.programs.AxisRemovedEvent;
import ma.remacto.events.programs.Funding;
import ma.remacto.events.programs.Funding.FundingKind;
import ma.remacto.events.programs.OpennessPrinciple;
import ma.remacto.events.programs.ProjectEditedEvent;
import ma.remacto.events.programs.ProjectRemovedEvent;
import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.kit.domain.NotFound;
import ma.remacto.kit.domain.RuleViolation;
import ma.remacto.programs.command.MatrixCommands.AddProjectCommand;
import ma.remacto.programs.command.MatrixCommands.EditAxisCommand;
import ma.remacto.programs.command.MatrixCommands.EditProjectCommand;
import ma.remacto.programs.command.MatrixCommands.ImportMatrixCommand;
import ma.remacto.programs.command.MatrixCommands.RemoveAxisCommand;
import ma.remacto.programs.command.MatrixCommands.RemoveProjectCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static ma.remacto.programs.command.Given.AXIS_1;
import static ma.remacto.programs.command.Given.DRAFTED;
import static ma.remacto.programs.command.Given.IN_CONSULTATION;
import static ma.remacto.programs.command.Given.PROGRAM;
import static ma.remacto.programs.command.Given.PROJECT_1;
import static ma.remacto.programs.command.Given.PROJECT_2;
import static org.hamcrest.Matchers.containsString;

/** Before adoption a draft's axes and projects are edited and removed, whether typed in or imported. */
class DraftEditTest {

    private static final AxisAddedEvent AXIS_2 = new AxisAddedEvent(PROGRAM, 2, "الحكامة", null);
    private static final Funding PARTNERS = new Funding(FundingKind.PARTNERS, List.of("ONEE"), List.of("C-12"));

    private FixtureConfiguration<Program> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Program.class);
        fixture.registerInjectableResource((RetainedProposals) (proposal, collectivity) -> false);
    }

    private static EditProjectCommand edit(int number, int axis, String months, String dirhams, Funding funding) {
        return new EditProjectCommand(PROGRAM, number, axis, " مشروع معدل ", "Projet", new BigDecimal(months),
                new BigDecimal(dirhams), funding, null, List.of());
    }

    @Test
    void aDraftAxisIsRetitled() {
        fixture.given(DRAFTED, AXIS_1)
                .when(new EditAxisCommand(PROGRAM, 1, " البيئة ", " Environnement "))
                .expectEvents(new AxisEditedEvent(PROGRAM, 1, "البيئة", "Environnement"));
    }

    @Test
    void editingAnAxisToItsOwnTitlesRecordsNothing() {
        fixture.given(DRAFTED, AXIS_1)
                .when(new EditAxisCommand(PROGRAM, 1, AXIS_1.titleAr(), " "))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anUnknownAxisIsNotFound() {
        fixture.given(DRAFTED, AXIS_1)
                .when(new EditAxisCommand(PROGRAM, 9, "محور", null))
                .expectException(NotFound.class)
                .expectNoEvents();
    }

    @Test
    void anAxisWithoutProjectsIsRemovedAndItsNumberIsFreeAgain() {
        fixture.given(DRAFTED, AXIS_1, AXIS_2)
                .when(new RemoveAxisCommand(PROGRAM, 2))
                .expectEvents(new AxisRemovedEvent(PROGRAM, 2));
        fixture.given(DRAFTED, AXIS_1, AXIS_2, new AxisRemovedEvent(PROGRAM, 2))
                .when(new MatrixCommands.AddAxisCommand(PROGRAM, 2, "محور جديد", null))
                .expectEvents(new AxisAddedEvent(PROGRAM, 2, "محور جديد", null));
    }

    @Test
    void anAxisThatStillHasProjectsIsNotRemoved() {
        fixture.given(Given.draftWithTwoProjects())
                .when(new RemoveAxisCommand(PROGRAM, 1))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("still has projects [1, 2]"))
                .expectNoEvents();
    }

    @Test
    void aDraftProjectIsEditedWhole() {
        fixture.given(DRAFTED, AXIS_1, AXIS_2, PROJECT_1)
                .when(edit(1, 2, "12.50", "2000000.00", PARTNERS))
                .expectEvents(new ProjectEditedEvent(PROGRAM, 1, 2, "مشروع معدل", "Projet", new BigDecimal("12.5"),
                        new BigDecimal("2000000"), PARTNERS, null, List.of()));
    }

    @Test
    void editingAProjectWithoutFundingMakesItsFundingUnknown() {
        fixture.given(DRAFTED, AXIS_1, PROJECT_1)
                .when(edit(1, 1, "24", "1500000", null))
                .expectEvents(new ProjectEditedEvent(PROGRAM, 1, 1, "مشروع معدل", "Projet", new BigDecimal("24"),
                        new BigDecimal("1500000"), null, null, List.of()));
    }

    @Test
    void editingAProjectToWhatItIsRecordsNothing() {
        ProjectEditedEvent edited = new ProjectEditedEvent(PROGRAM, 1, 1, "مشروع معدل", "Projet", new BigDecimal("24"),
                new BigDecimal("1500000"), null, null, List.of());
        fixture.given(DRAFTED, AXIS_1, PROJECT_1, edited)
                .when(edit(1, 1, "24.0", "1500000.00", null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anEditGivesAProjectItsStartAndItsPrinciples() {
        fixture.given(DRAFTED, AXIS_1, PROJECT_1)
                .when(new EditProjectCommand(PROGRAM, 1, 1, "مشروع", null, new BigDecimal("24"), new BigDecimal("1500000"),
                        null, LocalDate.of(2025, 3, 1), List.of(OpennessPrinciple.DIGITALISATION,
                        OpennessPrinciple.TRANSPARENCY)))
                .expectEvents(new ProjectEditedEvent(PROGRAM, 1, 1, "مشروع", null, new BigDecimal("24"),
                        new BigDecimal("1500000"), null, LocalDate.of(2025, 3, 1),
                        List.of(OpennessPrinciple.TRANSPARENCY, OpennessPrinciple.DIGITALISATION)));
        fixture.given(DRAFTED, AXIS_1, PROJECT_1)
                .when(new EditProjectCommand(PROGRAM, 1, 1, "مشروع", null, new BigDecimal("24"), BigDecimal.ONE, null,
                        LocalDate.of(2027, 1, 1), null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("a project starts within the program's period"))
                .expectNoEvents();
    }

    @Test
    void anEditedProjectKeepsTheMatrixRules() {
        fixture.given(DRAFTED, AXIS_1, PROJECT_1)
                .when(edit(1, 3, "24", "1", null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("no axis 3"))
                .expectNoEvents();
        fixture.given(DRAFTED, AXIS_1, PROJECT_1)
                .when(edit(1, 1, "0", "1", null))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
        fixture.given(DRAFTED, AXIS_1, PROJECT_1)
                .when(new EditProjectCommand(PROGRAM, 1, 1, " ", null, BigDecimal.ONE, BigDecimal.ONE, null, null,
                        List.of()))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage(containsString("needs a title"))
                .expectNoEvents();
        fixture.given(DRAFTED, AXIS_1, PROJECT_1)
                .when(edit(4, 1, "24", "1", null))
                .expectException(NotFound.class)
                .expectNoEvents();
    }

    @Test
    void anImportedProjectIsEditedAndRemovedLikeAnyOther() {
        MatrixRow row = new MatrixRow(2, 1, "الاستدامة", 7, "Renforcement de la signalisation", new BigDecimal("22.5"),
                new BigDecimal("7000000"));
        fixture.given(DRAFTED)
                .andGivenCommands(new ImportMatrixCommand(PROGRAM, List.of(row)))
                .when(edit(7, 1, "20", "6000000", null))
                .expectEvents(new ProjectEditedEvent(PROGRAM, 7, 1, "مشروع معدل", "Projet", new BigDecimal("20"),
                        new BigDecimal("6000000"), null, null, List.of()));
        fixture.given(DRAFTED)
                .andGivenCommands(new ImportMatrixCommand(PROGRAM, List.of(row)))
                .when(new RemoveProjectCommand(PROGRAM, 7))
                .expectEvents(new ProjectRemovedEvent(PROGRAM, 7));
    }

    @Test
    void aRemovedProjectFreesItsNumberAndItsAxis() {
        fixture.given(DRAFTED, AXIS_1, PROJECT_1, PROJECT_2, new ProjectRemovedEvent(PROGRAM, 2))
                .when(new AddProjectCommand(PROGRAM, 2, 1, "مشروع آخر", null, BigDecimal.ONE, BigDecimal.TEN, null, null, null, List.of()))
                .expectSuccessfulHandlerExecution();
        fixture.given(DRAFTED, AXIS_1, PROJECT_1, new ProjectRemovedEvent(PROGRAM, 1))
                .when(new RemoveAxisCommand(PROGRAM, 1))
                .expectEvents(new AxisRemovedEvent(PROGRAM, 1));
    }

    @Test
    void theMatrixIsStillEditedInConsultation() {
        fixture.given(DRAFTED, AXIS_1, PROJECT_1, IN_CONSULTATION)
                .when(new RemoveProjectCommand(PROGRAM, 1))
                .expectEvents(new ProjectRemovedEvent(PROGRAM, 1));
    }

    @Test
    void afterAdoptionAxesAndProjectsAreNeitherEditedNorRemoved() {
        for (Object command : List.of(new EditAxisCommand(PROGRAM, 1, "محور", null), new RemoveAxisCommand(PROGRAM, 1),
                edit(1, 1, "24", "1", null), new RemoveProjectCommand(PROGRAM, 2))) {
            fixture.given(Given.adopted())
                    .when(command)
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage(containsString("only through revisions"))
                    .expectNoEvents();
        }
    }
}
