package ma.remacto.programs.command;

import ma.remacto.events.EventMetadata;
import ma.remacto.events.programs.AxisAddedEvent;
import ma.remacto.events.programs.ProgramDraftedEvent;
import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.programs.command.MatrixCommands.AddAxisCommand;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.CustomTypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static ma.remacto.programs.command.Given.PROGRAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

class ProgramTest {

    private FixtureConfiguration<Program> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Program.class);
    }

    private static DraftProgramCommand draft(String title, int startYear, int endYear) {
        return new DraftProgramCommand("temara-pao", "temara", title, startYear, endYear);
    }

    @Test
    void aCollectivityDraftsAProgramForAPeriodWithItsTitleStripped() {
        fixture.givenNoPriorActivity()
                .when(draft(" Programme d'action ouvert ", 2025, 2026))
                .expectEvents(new ProgramDraftedEvent("temara-pao", "temara", "Programme d'action ouvert", 2025, 2026));
    }

    @Test
    void aNewProgramIsADraft() {
        fixture.givenNoPriorActivity()
                .when(draft("PAO", 2025, 2026))
                .expectState(program -> assertThat(program.status()).isEqualTo(ProgramStatus.DRAFT));
    }

    @Test
    void aProgramMayLastASingleYear() {
        fixture.givenNoPriorActivity()
                .when(draft("PAO", 2025, 2025))
                .expectEvents(new ProgramDraftedEvent("temara-pao", "temara", "PAO", 2025, 2025));
    }

    @ParameterizedTest
    @CsvSource({"1999, 2001", "2099, 2101", "0, 5", "225, 226"})
    void yearsLieBetween2000And2100(int startYear, int endYear) {
        fixture.givenNoPriorActivity()
                .when(draft("PAO", startYear, endYear))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage(containsString("between 2000 and 2100"))
                .expectNoEvents();
    }

    @Test
    void theBoundYearsThemselvesAreAllowed() {
        fixture.givenNoPriorActivity()
                .when(draft("PAO", 2000, 2000))
                .expectEvents(new ProgramDraftedEvent("temara-pao", "temara", "PAO", 2000, 2000));
        fixture.givenNoPriorActivity()
                .when(draft("PAO", 2100, 2100))
                .expectEvents(new ProgramDraftedEvent("temara-pao", "temara", "PAO", 2100, 2100));
    }

    @Test
    void aPeriodEndsNoEarlierThanItStarts() {
        fixture.givenNoPriorActivity()
                .when(draft("PAO", 2026, 2025))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage(containsString("ends before it starts"))
                .expectNoEvents();
    }

    @Test
    void aProgramSpansAtMostTenYears() {
        fixture.givenNoPriorActivity()
                .when(draft("PAO", 2020, 2030))
                .expectEvents(new ProgramDraftedEvent("temara-pao", "temara", "PAO", 2020, 2030));
        fixture.givenNoPriorActivity()
                .when(draft("PAO", 2020, 2031))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage(containsString("spans more than 10 years"))
                .expectNoEvents();
    }

    @Test
    void aProgramNeedsATitle() {
        fixture.givenNoPriorActivity()
                .when(draft(" ", 2025, 2026))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void everyEventOfAProgramCarriesItsCollectivityWhoeverActed() {
        fixture.given(Given.draftWithTwoProjects())
                .when(new AddAxisCommand(PROGRAM, 2, "محور", null), MetaData.with(EventMetadata.ACTOR_ROLE, "NETWORK_OPERATOR"))
                .expectEvents(new AxisAddedEvent(PROGRAM, 2, "محور", null))
                .expectEventsMatching(new CustomTypeSafeMatcher<List<EventMessage<?>>>("events of collectivity temara") {
                    @Override
                    protected boolean matchesSafely(List<EventMessage<?>> events) {
                        return !events.isEmpty() && events.stream()
                                .allMatch(e -> "temara".equals(e.getMetaData().get(EventMetadata.COLLECTIVITY)));
                    }
                });
    }
}
