package ma.remacto.participation.command;

import ma.remacto.events.participation.CoCreationProcessOpenedEvent;
import ma.remacto.events.participation.ProcessPhase;
import ma.remacto.events.participation.ProcessPhaseChangedEvent;
import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.kit.domain.RuleViolation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

class CoCreationProcessTest {

    private FixtureConfiguration<CoCreationProcess> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CoCreationProcess.class);
    }

    private static OpenCoCreationProcessCommand open(String title, String cycle) {
        return new OpenCoCreationProcessCommand("temara-2025-2026", "temara", title, cycle);
    }

    @Test
    void aProcessOpensForACycleWithItsTitleStripped() {
        fixture.givenNoPriorActivity()
                .when(open("  Programme d'action ouvert 2025-2026 ", "2025-2026"))
                .expectEvents(new CoCreationProcessOpenedEvent("temara-2025-2026", "temara",
                        "Programme d'action ouvert 2025-2026", "2025-2026"));
    }

    @Test
    void aNewProcessCollectsIdeas() {
        fixture.givenNoPriorActivity()
                .when(open("PAO", "2025-2026"))
                .expectState(process -> assertThat(process.phase()).isEqualTo(ProcessPhase.IDEA_COLLECTION));
    }

    @Test
    void aCycleMayBeASingleYear() {
        fixture.givenNoPriorActivity()
                .when(open("PAO", " 2025 "))
                .expectEvents(new CoCreationProcessOpenedEvent("temara-2025-2026", "temara", "PAO", "2025"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "25", "25-26", "2025/2026", "2025-", "2025-26", "2025 - 2026", "deux-mille"})
    void aCycleIsAYearOrARangeOfYears(String cycle) {
        fixture.givenNoPriorActivity()
                .when(open("PAO", cycle))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage(containsString("a cycle is a year or a range of years"))
                .expectNoEvents();
    }

    @Test
    void aCycleEndsNoEarlierThanItStarts() {
        fixture.givenNoPriorActivity()
                .when(open("PAO", "2026-2025"))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage(containsString("ends before it starts"))
                .expectNoEvents();
    }

    @Test
    void aCycleSpansAtMostSixYears() {
        fixture.givenNoPriorActivity()
                .when(open("PAO", "2025-2031"))
                .expectEvents(new CoCreationProcessOpenedEvent("temara-2025-2026", "temara", "PAO", "2025-2031"));
        fixture.givenNoPriorActivity()
                .when(open("PAO", "2025-2032"))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage(containsString("spans more than 6 years"))
                .expectNoEvents();
    }

    @Test
    void aProcessNeedsATitle() {
        fixture.givenNoPriorActivity()
                .when(open("   ", "2025-2026"))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void phasesOnlyMoveForward() {
        CoCreationProcessOpenedEvent opened = new CoCreationProcessOpenedEvent("temara-2025-2026", "temara", "PAO", "2025-2026");
        LocalDate on = LocalDate.of(2025, 6, 1);
        fixture.given(opened)
                .when(new ChangeProcessPhaseCommand("temara-2025-2026", ProcessPhase.CONSULTATION, on))
                .expectEvents(new ProcessPhaseChangedEvent("temara-2025-2026", ProcessPhase.CONSULTATION, on))
                .expectState(process -> assertThat(process.phase()).isEqualTo(ProcessPhase.CONSULTATION));
        ProcessPhaseChangedEvent consulting = new ProcessPhaseChangedEvent("temara-2025-2026", ProcessPhase.CONSULTATION, on);
        fixture.given(opened, consulting)
                .when(new ChangeProcessPhaseCommand("temara-2025-2026", ProcessPhase.IDEA_COLLECTION, on))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("cannot move to IDEA_COLLECTION"))
                .expectNoEvents();
        fixture.given(opened, consulting)
                .when(new ChangeProcessPhaseCommand("temara-2025-2026", ProcessPhase.CONSULTATION, on))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(opened, consulting, new ProcessPhaseChangedEvent("temara-2025-2026", ProcessPhase.CLOSED, on))
                .when(new ChangeProcessPhaseCommand("temara-2025-2026", ProcessPhase.CONSULTATION, on))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aProcessMayCloseWithoutAConsultation() {
        LocalDate on = LocalDate.of(2025, 6, 1);
        fixture.given(new CoCreationProcessOpenedEvent("temara-2025-2026", "temara", "PAO", "2025-2026"))
                .when(new ChangeProcessPhaseCommand("temara-2025-2026", ProcessPhase.CLOSED, on))
                .expectEvents(new ProcessPhaseChangedEvent("temara-2025-2026", ProcessPhase.CLOSED, on));
    }
}
