package ma.remacto.programs.command;

import ma.remacto.events.programs.ProjectRemovedEvent;
import ma.remacto.events.programs.ProposalLinkedEvent;
import ma.remacto.events.programs.ProposalUnlinkedEvent;
import ma.remacto.events.programs.ProgramClosedEvent;
import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.kit.domain.NotFound;
import ma.remacto.kit.domain.RuleViolation;
import ma.remacto.programs.command.MatrixCommands.LinkProposalCommand;
import ma.remacto.programs.command.MatrixCommands.UnlinkProposalCommand;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static ma.remacto.programs.command.Given.PROGRAM;
import static ma.remacto.programs.command.Given.because;
import static org.hamcrest.Matchers.containsString;

/** A project's links to retained proposals change at any time; once the program is adopted, only with a reason. */
class ProposalLinkTest {

    /** p-1 and p-2 are retained proposals of Temara; p-9 one of Tamazgana. */
    private static final RetainedProposals RETAINED = (proposal, collectivity) ->
            Set.of("p-1:temara", "p-2:temara", "p-9:tamazgana").contains(proposal + ":" + collectivity);
    private static final ProposalLinkedEvent LINKED = new ProposalLinkedEvent(PROGRAM, 1, "p-1");

    private FixtureConfiguration<Program> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Program.class);
        fixture.registerInjectableResource(RETAINED);
    }

    private static Object[] with(Object[] given, Object... more) {
        List<Object> events = new ArrayList<>(List.of(given));
        events.addAll(List.of(more));
        return events.toArray();
    }

    @Test
    void aDraftProjectIsLinkedToARetainedProposalWithoutAReason() {
        fixture.given(Given.draftWithTwoProjects())
                .when(new LinkProposalCommand(PROGRAM, 1, " p-1 "))
                .expectEvents(LINKED);
    }

    @Test
    void aLinkAlreadyThereRecordsNothing() {
        fixture.given(with(Given.draftWithTwoProjects(), LINKED))
                .when(new LinkProposalCommand(PROGRAM, 1, "p-1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void onlyRetainedProposalsOfTheProgramsCollectivityAreLinked() {
        for (String proposal : List.of("p-9", "p-3")) {
            fixture.given(Given.draftWithTwoProjects())
                    .when(new LinkProposalCommand(PROGRAM, 1, proposal))
                    .expectException(RuleViolation.class)
                    .expectExceptionMessage(containsString("not a retained proposal of 'temara'"))
                    .expectNoEvents();
        }
    }

    @Test
    void aLinkedProposalIsUnlinked() {
        fixture.given(with(Given.draftWithTwoProjects(), LINKED))
                .when(new UnlinkProposalCommand(PROGRAM, 1, "p-1"))
                .expectEvents(new ProposalUnlinkedEvent(PROGRAM, 1, "p-1"));
    }

    @Test
    void aLinkThatIsNotThereIsNotFound() {
        fixture.given(with(Given.draftWithTwoProjects(), LINKED, new ProposalUnlinkedEvent(PROGRAM, 1, "p-1")))
                .when(new UnlinkProposalCommand(PROGRAM, 1, "p-1"))
                .expectException(NotFound.class)
                .expectNoEvents();
        fixture.given(with(Given.draftWithTwoProjects(), LINKED, new ProjectRemovedEvent(PROGRAM, 1)))
                .when(new UnlinkProposalCommand(PROGRAM, 1, "p-1"))
                .expectException(NotFound.class)
                .expectNoEvents();
    }

    @Test
    void afterAdoptionALinkIsAddedOrRemovedOnlyWithAReason() {
        fixture.given(Given.adopted())
                .when(new LinkProposalCommand(PROGRAM, 2, "p-2"), because(" "))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage(containsString("reason"))
                .expectNoEvents();
        fixture.given(Given.adopted())
                .when(new LinkProposalCommand(PROGRAM, 2, "p-2"), because("اقتراح تم الاحتفاظ به في ورشة الحي"))
                .expectEvents(new ProposalLinkedEvent(PROGRAM, 2, "p-2"));
        fixture.given(with(Given.adopted(), LINKED))
                .when(new UnlinkProposalCommand(PROGRAM, 1, "p-1"), MetaData.emptyInstance())
                .expectException(InvalidCommand.class)
                .expectExceptionMessage(containsString("reason"))
                .expectNoEvents();
        fixture.given(with(Given.adopted(), LINKED))
                .when(new UnlinkProposalCommand(PROGRAM, 1, "p-1"), because("المشروع لا يجيب عن هذا الاقتراح"))
                .expectEvents(new ProposalUnlinkedEvent(PROGRAM, 1, "p-1"));
    }

    @Test
    void aClosedProgramsLinksNoLongerChange() {
        fixture.given(with(Given.adopted(), new ProgramClosedEvent(PROGRAM, LocalDate.of(2025, 1, 2))))
                .when(new LinkProposalCommand(PROGRAM, 1, "p-1"), because("تأخر"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("closed"))
                .expectNoEvents();
    }
}
