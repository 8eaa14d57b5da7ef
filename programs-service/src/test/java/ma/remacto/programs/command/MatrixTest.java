package ma.remacto.programs.command;

import ma.remacto.events.programs.AxisAddedEvent;
import ma.remacto.events.programs.Funding;
import ma.remacto.events.programs.Funding.FundingKind;
import ma.remacto.events.programs.OpennessPrinciple;
import ma.remacto.events.programs.ProjectAddedEvent;
import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.kit.domain.RuleViolation;
import ma.remacto.programs.command.MatrixCommands.AddAxisCommand;
import ma.remacto.programs.command.MatrixCommands.AddProjectCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static ma.remacto.programs.command.Given.AXIS_1;
import static ma.remacto.programs.command.Given.DRAFTED;
import static ma.remacto.programs.command.Given.IN_CONSULTATION;
import static ma.remacto.programs.command.Given.OWN;
import static ma.remacto.programs.command.Given.PROGRAM;
import static org.hamcrest.Matchers.containsString;

class MatrixTest {

    /** p-1 is a retained proposal of Temara; p-9 one of Tamazgana; nothing else is retained. */
    private static final RetainedProposals RETAINED = (proposal, collectivity) ->
            Set.of("p-1:temara", "p-9:tamazgana").contains(proposal + ":" + collectivity);

    private FixtureConfiguration<Program> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Program.class);
        fixture.registerInjectableResource(RETAINED);
    }

    private static AddProjectCommand project(int number, int axis, String months, String dirhams, Funding funding,
                                             List<String> proposals) {
        return new AddProjectCommand(PROGRAM, number, axis, " صيانة المساحات الخضراء ", " Entretien ",
                months == null ? null : new BigDecimal(months), dirhams == null ? null : new BigDecimal(dirhams), funding,
                proposals, null, List.of());
    }

    @Test
    void anAxisIsAddedToADraft() {
        fixture.given(DRAFTED)
                .when(new AddAxisCommand(PROGRAM, 1, " الاستدامة والحفاظ على البيئة ", " "))
                .expectEvents(AXIS_1);
    }

    @Test
    void axisNumbersAreUnique() {
        fixture.given(DRAFTED, AXIS_1)
                .when(new AddAxisCommand(PROGRAM, 1, "محور", null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("axis 1 already"))
                .expectNoEvents();
    }

    @Test
    void anAxisHasAPositiveNumberAndAnArabicTitle() {
        fixture.given(DRAFTED)
                .when(new AddAxisCommand(PROGRAM, 0, "محور", null))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
        fixture.given(DRAFTED)
                .when(new AddAxisCommand(PROGRAM, 1, " ", "Environnement"))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void aProjectWithoutFundingHasAnUnknownFundingNeverOwnFunds() {
        fixture.given(DRAFTED, AXIS_1)
                .when(project(2, 1, "22.50", "28000000.00", null, null))
                .expectEvents(new ProjectAddedEvent(PROGRAM, 2, 1, "صيانة المساحات الخضراء", "Entretien",
                        new BigDecimal("22.5"), new BigDecimal("28000000"), null, List.of(), null, List.of()));
        fixture.given(DRAFTED, AXIS_1)
                .when(project(2, 1, "22.50", "28000000.00", new Funding(null, List.of(), null), null))
                .expectEvents(new ProjectAddedEvent(PROGRAM, 2, 1, "صيانة المساحات الخضراء", "Entretien",
                        new BigDecimal("22.5"), new BigDecimal("28000000"), null, List.of(), null, List.of()));
        fixture.given(DRAFTED, AXIS_1)
                .when(project(2, 1, "24", "1", OWN, null))
                .expectEvents(new ProjectAddedEvent(PROGRAM, 2, 1, "صيانة المساحات الخضراء", "Entretien",
                        new BigDecimal("24"), BigDecimal.ONE, OWN, List.of(), null, List.of()));
    }

    @Test
    void partnersWithoutAFundingKindAreRefused() {
        fixture.given(DRAFTED, AXIS_1)
                .when(project(2, 1, "24", "1", new Funding(null, List.of("ONEE"), List.of("C-1")), null))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage(containsString("funding.kind"))
                .expectNoEvents();
    }

    @Test
    void theMatrixIsStillEditableInConsultation() {
        fixture.given(DRAFTED, AXIS_1, IN_CONSULTATION)
                .when(project(2, 1, "24", "50000.50", null, null))
                .expectEvents(new ProjectAddedEvent(PROGRAM, 2, 1, "صيانة المساحات الخضراء", "Entretien",
                        new BigDecimal("24"), new BigDecimal("50000.5"), null, List.of(), null, List.of()));
    }

    @Test
    void projectNumbersAreUnique() {
        fixture.given(Given.draftWithTwoProjects())
                .when(project(2, 1, "24", "1", null, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("project 2 already"))
                .expectNoEvents();
    }

    @Test
    void aProjectBelongsToAnExistingAxis() {
        fixture.given(DRAFTED, AXIS_1)
                .when(project(5, 2, "22", "400000", null, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("no axis 2"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "0.00"})
    void aProjectLastsMoreThanZeroMonths(String months) {
        fixture.given(DRAFTED, AXIS_1)
                .when(project(2, 1, months, "1", null, null))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage(containsString("more than 0 months"))
                .expectNoEvents();
    }

    @Test
    void aProjectCostsZeroOrMore() {
        fixture.given(DRAFTED, AXIS_1)
                .when(project(2, 1, "3", "-0.01", null, null))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage(containsString("0 dirhams or more"))
                .expectNoEvents();
        fixture.given(DRAFTED, AXIS_1)
                .when(project(2, 1, "3", "0", null, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void partnersFundAProjectUnderAtLeastOneConvention() {
        fixture.given(DRAFTED, AXIS_1)
                .when(project(2, 1, "24", "1", new Funding(FundingKind.PARTNERS, List.of("ONEE"), List.of(" ")), null))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage(containsString("at least one convention"))
                .expectNoEvents();
        Funding partners = new Funding(FundingKind.PARTNERS, List.of("ONEE"), List.of("CONV-2025-12"));
        fixture.given(DRAFTED, AXIS_1)
                .when(project(2, 1, "24", "1", partners, null))
                .expectEvents(new ProjectAddedEvent(PROGRAM, 2, 1, "صيانة المساحات الخضراء", "Entretien",
                        new BigDecimal("24"), BigDecimal.ONE, partners, List.of(), null, List.of()));
    }

    @Test
    void ownFundsNameNoPartners() {
        fixture.given(DRAFTED, AXIS_1)
                .when(project(2, 1, "24", "1", new Funding(FundingKind.OWN, List.of("ONEE"), List.of()), null))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void aProjectLinksOnlyRetainedProposalsOfItsOwnCollectivity() {
        fixture.given(DRAFTED, AXIS_1)
                .when(project(2, 1, "24", "1", null, List.of("p-1", " p-1 ")))
                .expectEvents(new ProjectAddedEvent(PROGRAM, 2, 1, "صيانة المساحات الخضراء", "Entretien",
                        new BigDecimal("24"), BigDecimal.ONE, null, List.of("p-1"), null, List.of()));
        for (String notRetained : List.of("p-9", "p-2")) {
            fixture.given(DRAFTED, AXIS_1)
                    .when(project(2, 1, "24", "1", null, List.of("p-1", notRetained)))
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage(containsString("'" + notRetained + "' is not a retained proposal of 'temara'"))
                    .expectNoEvents();
        }
    }

    @Test
    void aProjectMayStartOnADayOfTheProgramsPeriodAndServeOpennessPrinciples() {
        AddProjectCommand tagged = new AddProjectCommand(PROGRAM, 2, 1, "بوابة المعطيات المفتوحة", null, BigDecimal.TEN,
                BigDecimal.ONE, null, null, LocalDate.of(2026, 2, 1), List.of(OpennessPrinciple.DIGITALISATION,
                OpennessPrinciple.ACCESS_TO_INFORMATION, OpennessPrinciple.DIGITALISATION));
        fixture.given(DRAFTED, AXIS_1)
                .when(tagged)
                .expectEvents(new ProjectAddedEvent(PROGRAM, 2, 1, "بوابة المعطيات المفتوحة", null, BigDecimal.TEN,
                        BigDecimal.ONE, null, List.of(), LocalDate.of(2026, 2, 1),
                        List.of(OpennessPrinciple.ACCESS_TO_INFORMATION, OpennessPrinciple.DIGITALISATION)));
        fixture.given(DRAFTED, AXIS_1)
                .when(new AddProjectCommand(PROGRAM, 2, 1, "بوابة", null, BigDecimal.TEN, BigDecimal.ONE, null, null,
                        LocalDate.of(2024, 12, 31), null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("2024-12-31 is before it starts"))
                .expectNoEvents();
    }

    @Test
    void afterAdoptionTheMatrixChangesOnlyThroughRevisions() {
        fixture.given(Given.adopted())
                .when(new AddAxisCommand(PROGRAM, 2, "محور", null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("only through revisions"))
                .expectNoEvents();
        fixture.given(Given.adopted())
                .when(project(3, 1, "24", "1", null, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("only through revisions"))
                .expectNoEvents();
    }

    @Test
    void anAxisAddedEventIsTheAxisAsGiven() {
        fixture.given(DRAFTED)
                .when(new AddAxisCommand(PROGRAM, 4, "العنونة بالجماعة", "Adressage"))
                .expectEvents(new AxisAddedEvent(PROGRAM, 4, "العنونة بالجماعة", "Adressage"));
    }
}
