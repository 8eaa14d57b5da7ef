package ma.remacto.participation.command;

import ma.remacto.events.participation.CensusReplacedEvent;
import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.participation.residence.CensusRegister;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A collectivity's census, replaced whole. The hashes go to the census table in the transaction
 * that records the event, so the old census stays unless the replacement is recorded; the event
 * carries the count only. Its id is {@code census:<collectivity>}, apart from the processes' ids.
 */
@Aggregate
public class Census {

    @AggregateIdentifier
    private String id;

    protected Census() {
    }

    public static String idOf(String collectivityId) {
        return "census:" + collectivityId;
    }

    /** @param identities the keyed hashes of the census's identity card numbers, each once */
    public record ReplaceCensusCommand(String collectivityId, List<String> identities) {

        @TargetAggregateIdentifier
        public String censusId() {
            return idOf(collectivityId);
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ReplaceCensusCommand command, CensusRegister register) {
        if (command.identities().stream().distinct().count() != command.identities().size()) {
            throw new InvalidCommand("duplicate-identity", "a census lists each identity card number once");
        }
        register.replace(command.collectivityId(), command.identities());
        apply(new CensusReplacedEvent(command.collectivityId(), command.identities().size()));
    }

    @EventSourcingHandler
    void on(CensusReplacedEvent event) {
        id = idOf(event.collectivityId());
    }
}
