package ma.remacto.programs.command;

import ma.remacto.events.programs.AxisAddedEvent;
import ma.remacto.events.programs.Funding;
import ma.remacto.events.programs.Funding.FundingKind;
import ma.remacto.events.programs.OpennessPrinciple;
import ma.remacto.events.programs.ProjectAddedEvent;
import ma.remacto.kit.domain.RuleViolation;
import ma.remacto.programs.command.MatrixCommands.ImportMatrixCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static ma.remacto.programs.command.Given.DRAFTED;
import static ma.remacto.programs.command.Given.PROGRAM;

class MatrixImportTest {

    private static final MatrixRow ROW_1 = new MatrixRow(2, 1, "الاستدامة والحفاظ على البيئة", 1,
            "تعميم الربط بشبكة المياه العادمة المعالجة", new BigDecimal("24"), new BigDecimal("1500000"));
    private static final MatrixRow ROW_2 = new MatrixRow(3, 1, null, 2, "صيانة المساحات الخضراء بالجماعة",
            new BigDecimal("24"), new BigDecimal("28000000"));
    private static final MatrixRow ROW_7 = new MatrixRow(4, 3, null, 7, "Renforcement de la signalisation",
            new BigDecimal("22.5"), new BigDecimal("7000000"));
    private static final AxisAddedEvent AXIS_1 = new AxisAddedEvent(PROGRAM, 1, "الاستدامة والحفاظ على البيئة", null);
    private static final AxisAddedEvent AXIS_3 = new AxisAddedEvent(PROGRAM, 3, null, null);
    private static final ProjectAddedEvent PROJECT_1 = new ProjectAddedEvent(PROGRAM, 1, 1,
            "تعميم الربط بشبكة المياه العادمة المعالجة", null, new BigDecimal("24"), new BigDecimal("1500000"), null, List.of(), null, List.of());
    private static final ProjectAddedEvent PROJECT_2 = new ProjectAddedEvent(PROGRAM, 2, 1,
            "صيانة المساحات الخضراء بالجماعة", null, new BigDecimal("24"), new BigDecimal("28000000"), null, List.of(), null, List.of());
    private static final ProjectAddedEvent PROJECT_7 = new ProjectAddedEvent(PROGRAM, 7, 3, null,
            "Renforcement de la signalisation", new BigDecimal("22.5"), new BigDecimal("7000000"), null, List.of(), null, List.of());

    /** p-1 is a retained proposal of Temara; nothing else is retained. */
    private static final RetainedProposals RETAINED = (proposal, collectivity) ->
            "p-1".equals(proposal) && "temara".equals(collectivity);

    private FixtureConfiguration<Program> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Program.class);
        fixture.registerInjectableResource(RETAINED);
    }

    private static ImportMatrixCommand importing(MatrixRow... rows) {
        return new ImportMatrixCommand(PROGRAM, List.of(rows));
    }

    @Test
    void anImportAddsAxesThenProjectsOfUnknownFundingWithTitlesInTheirLanguage() {
        fixture.given(DRAFTED)
                .when(importing(ROW_1, ROW_2, ROW_7))
                .expectEvents(AXIS_1, AXIS_3, PROJECT_1, PROJECT_2, PROJECT_7)
                .expectResultMessagePayload(new MatrixImported(2, 3, 0));
    }

    @Test
    void importingTheSameRowsAgainChangesNothing() {
        fixture.given(DRAFTED, AXIS_1, AXIS_3, PROJECT_1, PROJECT_2, PROJECT_7)
                .when(importing(ROW_1, ROW_2, ROW_7))
                .expectNoEvents()
                .expectResultMessagePayload(new MatrixImported(0, 0, 3));
    }

    @Test
    void anImportCompletesAMatrixWithWhatItLacks() {
        fixture.given(DRAFTED, AXIS_1, PROJECT_1)
                .when(importing(ROW_1, ROW_2))
                .expectEvents(PROJECT_2)
                .expectResultMessagePayload(new MatrixImported(0, 1, 1));
    }

    @Test
    void aRowThatContradictsAnExistingProjectRefusesTheWholeFile() {
        MatrixRow costlier = new MatrixRow(3, 1, null, 2, "صيانة المساحات الخضراء بالجماعة", new BigDecimal("24"),
                new BigDecimal("29000000"));
        fixture.given(DRAFTED, AXIS_1, PROJECT_1, PROJECT_2)
                .when(importing(ROW_7, costlier))
                .expectNoEvents()
                .expectException(MatrixRefused.class)
                .expectException(refusedWith(new RowError(3, "costMdh", "project 2 exists with a cost of 28000000 dirhams")));
    }

    @Test
    void aProjectNumberAppearsOnceInAFile() {
        MatrixRow again = new MatrixRow(5, 1, null, 2, "مشروع آخر", BigDecimal.ONE, BigDecimal.ONE);
        fixture.given(DRAFTED)
                .when(importing(ROW_1, ROW_2, again))
                .expectNoEvents()
                .expectException(refusedWith(new RowError(5, "number", "project 2 is on row 3 already")));
    }

    @Test
    void aNewAxisTakesItsTitleFromTheFirstRowThatGivesOne() {
        MatrixRow untitled = new MatrixRow(2, 3, null, 7, "تعزيز التشوير", new BigDecimal("22.5"), BigDecimal.TEN);
        MatrixRow titled = new MatrixRow(3, 3, "تنظيم السير والجولان بالجماعة", 8, "لقاءات تحسيسية",
                new BigDecimal("23.5"), new BigDecimal("50000"));
        fixture.given(DRAFTED)
                .when(importing(untitled, titled))
                .expectEvents(new AxisAddedEvent(PROGRAM, 3, "تنظيم السير والجولان بالجماعة", null),
                        new ProjectAddedEvent(PROGRAM, 7, 3, "تعزيز التشوير", null, new BigDecimal("22.5"), BigDecimal.TEN,
                                null, List.of(), null, List.of()),
                        new ProjectAddedEvent(PROGRAM, 8, 3, "لقاءات تحسيسية", null, new BigDecimal("23.5"),
                                new BigDecimal("50000"), null, List.of(), null, List.of()));
    }

    @Test
    void anAxisTitleThatContradictsTheExistingOneIsAnError() {
        MatrixRow retitled = new MatrixRow(2, 1, "محور آخر", 3, "تجديد شبكة الإنارة العمومية", new BigDecimal("23"),
                new BigDecimal("24000000"));
        fixture.given(DRAFTED, AXIS_1)
                .when(importing(retitled))
                .expectNoEvents()
                .expectException(refusedWith(new RowError(2, "axis",
                        "axis 1 exists with another title: 'الاستدامة والحفاظ على البيئة'")));
    }

    @Test
    void aFileWithoutProjectsIsRefused() {
        fixture.given(DRAFTED)
                .when(importing())
                .expectNoEvents()
                .expectException(MatrixRefused.class);
    }

    @Test
    void anAdoptedProgramTakesNoImport() {
        fixture.given(Given.adopted())
                .when(importing(ROW_1))
                .expectNoEvents()
                .expectException(RuleViolation.class);
    }

    @Test
    void optionalColumnsGiveAFundingAndRetainedProposalsToLink() {
        Funding partners = new Funding(FundingKind.PARTNERS, List.of("ONEE"), List.of("C-12"));
        MatrixRow funded = new MatrixRow(2, 1, "الاستدامة والحفاظ على البيئة", 1, "تعميم الربط", new BigDecimal("24"),
                new BigDecimal("1500000"), partners, List.of("p-1"));
        fixture.given(DRAFTED)
                .when(importing(funded))
                .expectEvents(AXIS_1, new ProjectAddedEvent(PROGRAM, 1, 1, "تعميم الربط", null, new BigDecimal("24"),
                        new BigDecimal("1500000"), partners, List.of("p-1"), null, List.of()));
    }

    @Test
    void optionalColumnsGiveAProjectItsStartWithinTheProgramsPeriodAndItsPrinciples() {
        MatrixRow started = new MatrixRow(2, 1, "الاستدامة والحفاظ على البيئة", 1, "تعميم الربط", new BigDecimal("24"),
                new BigDecimal("1500000"), null, List.of(), LocalDate.of(2025, 3, 1),
                List.of(OpennessPrinciple.TRANSPARENCY, OpennessPrinciple.ACCOUNTABILITY));
        fixture.given(DRAFTED)
                .when(importing(started))
                .expectEvents(AXIS_1, new ProjectAddedEvent(PROGRAM, 1, 1, "تعميم الربط", null, new BigDecimal("24"),
                        new BigDecimal("1500000"), null, List.of(), LocalDate.of(2025, 3, 1),
                        List.of(OpennessPrinciple.TRANSPARENCY, OpennessPrinciple.ACCOUNTABILITY)));
        MatrixRow early = new MatrixRow(3, 1, null, 2, "صيانة", BigDecimal.ONE, BigDecimal.ONE, null, List.of(),
                LocalDate.of(2024, 12, 1), List.of());
        fixture.given(DRAFTED)
                .when(importing(ROW_1, early))
                .expectNoEvents()
                .expectException(refusedWith(new RowError(3, "startsOn", "a project starts within the program's "
                        + "period, 2025-01-01 to 2026-12-31; 2024-12-01 is before it starts")));
    }

    @Test
    void aReimportThatGivesAnotherStartOrOtherPrinciplesContradictsTheProject() {
        MatrixRow otherStart = new MatrixRow(2, 1, null, 1, ROW_1.title(), ROW_1.durationMonths(), ROW_1.costMad(),
                null, List.of(), LocalDate.of(2025, 5, 1), List.of(OpennessPrinciple.DIGITALISATION));
        fixture.given(DRAFTED, AXIS_1, PROJECT_1)
                .when(importing(otherStart))
                .expectNoEvents()
                .expectException(refusedWith(new RowError(2, "startsOn", "project 1 exists with no start of its own")))
                .expectException(refusedWith(new RowError(2, "principles", "project 1 exists with the principles []")));
        fixture.given(DRAFTED, AXIS_1, PROJECT_1)
                .when(importing(ROW_1))
                .expectNoEvents()
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aRowWithThreeFaultsIsOneBadRowWithThreeErrors() {
        MatrixRow bad = new MatrixRow(3, 1, null, 2, "صيانة", BigDecimal.ZERO, new BigDecimal("-1"),
                new Funding(FundingKind.PARTNERS, List.of("ONEE"), List.of()), List.of());
        MatrixRow notRetained = new MatrixRow(4, 1, null, 3, "تجديد", BigDecimal.ONE, BigDecimal.ONE, null,
                List.of("p-9"));
        fixture.given(DRAFTED)
                .when(importing(ROW_1, bad, notRetained))
                .expectNoEvents()
                .expectException(refusedWith(new RowError(3, "funding",
                        "a project funded with partners names at least one convention")))
                .expectException(refusedWith(new RowError(4, "proposals",
                        "'p-9' is not a retained proposal of the collectivity (or not known yet)")))
                .expectException(new CustomTypeSafeMatcher<>("2 bad rows and 4 errors") {
                    @Override
                    protected boolean matchesSafely(Object item) {
                        return item instanceof MatrixRefused refused && refused.badRows() == 2
                                && refused.errors().size() == 4 && refused.getMessage().startsWith("2 bad row(s)");
                    }
                });
    }

    @Test
    void aReimportThatGivesAnotherFundingContradictsTheProject() {
        MatrixRow own = new MatrixRow(2, 1, null, 1, ROW_1.title(), ROW_1.durationMonths(), ROW_1.costMad(),
                new Funding(FundingKind.OWN, List.of(), List.of()), List.of());
        fixture.given(DRAFTED, AXIS_1, PROJECT_1)
                .when(importing(own))
                .expectNoEvents()
                .expectException(refusedWith(new RowError(2, "funding", "project 1 exists with an unknown funding")));
    }

    private static Matcher<Object> refusedWith(RowError error) {
        return new CustomTypeSafeMatcher<>("a refusal reporting " + error) {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof MatrixRefused refused && refused.errors().contains(error);
            }

            @Override
            protected void describeMismatchSafely(Object item, Description mismatch) {
                mismatch.appendValue(item instanceof MatrixRefused refused ? refused.errors() : item);
            }
        };
    }
}
