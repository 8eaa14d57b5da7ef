package ma.remacto.programs.command;

import ma.remacto.events.programs.ProgramDocumentAttachedEvent;
import ma.remacto.events.programs.ProgressReportedEvent;
import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.kit.domain.NotFound;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * The progress reports a document may be attached to. Documents themselves are allowed in any
 * status: a draft has its PDF, an adopted program its deliberation, a closed one its last report.
 * A member of the program, so that it follows the reports itself.
 */
final class Attachments {

    private final Set<Report> reports = new HashSet<>();

    private record Report(int number, LocalDate asOf) {
    }

    ProgramDocumentAttachedEvent attach(String programId, AttachDocumentCommand command) {
        if (command.document() == null) {
            throw new InvalidCommand("document-required", "name the stored document to attach");
        }
        if ((command.projectNumber() == null) != (command.progressAsOf() == null)) {
            throw new InvalidCommand("progress-report-incomplete",
                    "a progress report is named by both project and progressAsOf");
        }
        if (command.projectNumber() != null
                && !reports.contains(new Report(command.projectNumber(), command.progressAsOf()))) {
            throw new NotFound("progress report", "project " + command.projectNumber() + " as of "
                    + command.progressAsOf());
        }
        return new ProgramDocumentAttachedEvent(programId, command.projectNumber(), command.progressAsOf(),
                command.document());
    }

    /** By value, as the test fixture compares a handled aggregate with one sourced from its events. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Attachments that && reports.equals(that.reports);
    }

    @Override
    public int hashCode() {
        return reports.hashCode();
    }

    @EventSourcingHandler
    void on(ProgressReportedEvent event) {
        reports.add(new Report(event.number(), event.asOf()));
    }
}
