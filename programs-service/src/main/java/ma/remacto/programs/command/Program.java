package ma.remacto.programs.command;

import ma.remacto.events.programs.ProgramDraftedEvent;
import ma.remacto.kit.web.BadRequest;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A collectivity's open action program. It is one aggregate from draft to closing because
 * adoption freezes its matrix: later changes must see the whole program to be refused or
 * recorded as revisions.
 */
@Aggregate
public class Program {

    /** Bounds that catch mistyped years (225 for 2025) before they reach dashboards. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    static final int MAX_YEARS_APART = 10;

    @AggregateIdentifier
    private String id;
    private ProgramStatus status;

    protected Program() {
    }

    @CommandHandler
    public Program(DraftProgramCommand command) {
        if (command.title() == null || command.title().isBlank()) {
            throw new BadRequest("title-required", "a program needs a title");
        }
        int start = command.startYear();
        int end = command.endYear();
        if (start < FIRST_YEAR || end > LAST_YEAR) {
            throw new BadRequest("year-out-of-range", "a program's years lie between " + FIRST_YEAR + " and "
                    + LAST_YEAR + ", not " + start + "-" + end);
        }
        if (end < start) {
            throw new BadRequest("period-reversed", "the period " + start + "-" + end + " ends before it starts");
        }
        if (end - start > MAX_YEARS_APART) {
            throw new BadRequest("period-too-long", "the period " + start + "-" + end + " spans more than "
                    + MAX_YEARS_APART + " years");
        }
        apply(new ProgramDraftedEvent(command.programId(), command.collectivityId(), command.title().strip(),
                start, end));
    }

    ProgramStatus status() {
        return status;
    }

    @EventSourcingHandler
    void on(ProgramDraftedEvent event) {
        id = event.programId();
        status = ProgramStatus.DRAFT;
    }
}
