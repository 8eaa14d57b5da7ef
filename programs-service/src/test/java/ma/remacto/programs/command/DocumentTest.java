package ma.remacto.programs.command;

import ma.remacto.events.DocumentKind;
import ma.remacto.events.DocumentRef;
import ma.remacto.events.programs.ProgramClosedEvent;
import ma.remacto.events.programs.ProgramDocumentAttachedEvent;
import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.kit.domain.NotFound;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static ma.remacto.programs.command.Given.PROGRAM;
import static ma.remacto.programs.command.Given.STARTED;
import static ma.remacto.programs.command.Given.STARTED_ON;
import static org.hamcrest.Matchers.containsString;

class DocumentTest {

    private static final DocumentRef PDF = new DocumentRef("d-1", DocumentKind.PROGRAM, "برنامج عمل الانفتاح",
            "pao.pdf", "application/pdf", 1234, "a".repeat(64));
    private static final DocumentRef MINUTES = new DocumentRef("d-2", DocumentKind.MINUTES, "محضر", "pv.pdf",
            "application/pdf", 99, "b".repeat(64));

    private FixtureConfiguration<Program> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Program.class);
    }

    @Test
    void aDraftHasItsProgramDocument() {
        fixture.given(Given.draftWithTwoProjects())
                .when(new AttachDocumentCommand(PROGRAM, null, null, PDF))
                .expectEvents(new ProgramDocumentAttachedEvent(PROGRAM, null, null, PDF));
    }

    @Test
    void aClosedProgramStillTakesADocument() {
        fixture.given(Given.adopted()).andGiven(new ProgramClosedEvent(PROGRAM, LocalDate.of(2025, 1, 2)))
                .when(new AttachDocumentCommand(PROGRAM, null, null, MINUTES))
                .expectEvents(new ProgramDocumentAttachedEvent(PROGRAM, null, null, MINUTES));
    }

    @Test
    void aDocumentBelongsToAProgressReportThatExists() {
        fixture.given(Given.adopted()).andGiven(STARTED, Given.progress(2, "40"))
                .when(new AttachDocumentCommand(PROGRAM, 2, STARTED_ON, MINUTES))
                .expectEvents(new ProgramDocumentAttachedEvent(PROGRAM, 2, STARTED_ON, MINUTES));
    }

    @Test
    void aProgressReportNotMadeTakesNoDocument() {
        fixture.given(Given.adopted()).andGiven(STARTED, Given.progress(2, "40"))
                .when(new AttachDocumentCommand(PROGRAM, 1, STARTED_ON, MINUTES))
                .expectException(NotFound.class)
                .expectExceptionMessage(containsString("project 1 as of " + STARTED_ON))
                .expectNoEvents();
        fixture.given(Given.adopted()).andGiven(STARTED, Given.progress(2, "40"))
                .when(new AttachDocumentCommand(PROGRAM, 2, STARTED_ON.plusDays(1), MINUTES))
                .expectException(NotFound.class)
                .expectNoEvents();
    }

    @Test
    void aProgressReportIsNamedByItsProjectAndItsDate() {
        fixture.given(Given.adopted()).andGiven(STARTED, Given.progress(2, "40"))
                .when(new AttachDocumentCommand(PROGRAM, 2, null, MINUTES))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage(containsString("project and progressAsOf"))
                .expectNoEvents();
    }
}
