package ma.remacto.participation.command;

import ma.remacto.events.participation.CoCreationProcessOpenedEvent;
import ma.remacto.kit.web.BadRequest;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A collectivity's co-creation process for one program cycle. Stations, proposals and
 * consultations will hang off it, so it owns the phase they must respect.
 */
@Aggregate
public class CoCreationProcess {

    /** A cycle is one year ({@code 2025}) or a range of years ({@code 2025-2026}). */
    private static final Pattern CYCLE = Pattern.compile("(\\d{4})(?:-(\\d{4}))?");
    /** A program cycle never outlasts a council's six-year term. */
    static final int MAX_CYCLE_YEARS_APART = 6;

    @AggregateIdentifier
    private String id;
    private ProcessStatus status;

    protected CoCreationProcess() {
    }

    @CommandHandler
    public CoCreationProcess(OpenCoCreationProcessCommand command) {
        if (command.title() == null || command.title().isBlank()) {
            throw new BadRequest("title-required", "a co-creation process needs a title");
        }
        String cycle = command.cycle() == null ? "" : command.cycle().strip();
        Matcher years = CYCLE.matcher(cycle);
        if (!years.matches()) {
            throw new BadRequest("invalid-cycle", "a cycle is a year or a range of years such as 2025-2026, not '"
                    + cycle + "'");
        }
        if (years.group(2) != null) {
            int start = Integer.parseInt(years.group(1));
            int end = Integer.parseInt(years.group(2));
            if (end < start) {
                throw new BadRequest("cycle-reversed", "the cycle " + cycle + " ends before it starts");
            }
            if (end - start > MAX_CYCLE_YEARS_APART) {
                throw new BadRequest("cycle-too-long", "the cycle " + cycle + " spans more than "
                        + MAX_CYCLE_YEARS_APART + " years");
            }
        }
        apply(new CoCreationProcessOpenedEvent(command.processId(), command.collectivityId(),
                command.title().strip(), cycle));
    }

    ProcessStatus status() {
        return status;
    }

    @EventSourcingHandler
    void on(CoCreationProcessOpenedEvent event) {
        id = event.processId();
        status = ProcessStatus.IDEA_COLLECTION;
    }
}
