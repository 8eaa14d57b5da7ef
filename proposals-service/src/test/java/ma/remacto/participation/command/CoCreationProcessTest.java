package ma.remacto.participation.command;

import ma.remacto.events.participation.CoCreationProcessOpenedEvent;
import ma.remacto.kit.web.BadRequest;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
                .expectState(process -> assertThat(process.status()).isEqualTo(ProcessStatus.IDEA_COLLECTION));
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
                .expectException(BadRequest.class)
                .expectExceptionMessage(containsString("a cycle is a year or a range of years"))
                .expectNoEvents();
    }

    @Test
    void aCycleEndsNoEarlierThanItStarts() {
        fixture.givenNoPriorActivity()
                .when(open("PAO", "2026-2025"))
                .expectException(BadRequest.class)
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
                .expectException(BadRequest.class)
                .expectExceptionMessage(containsString("spans more than 6 years"))
                .expectNoEvents();
    }

    @Test
    void aProcessNeedsATitle() {
        fixture.givenNoPriorActivity()
                .when(open("   ", "2025-2026"))
                .expectException(BadRequest.class)
                .expectNoEvents();
    }
}
