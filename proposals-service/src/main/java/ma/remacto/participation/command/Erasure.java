package ma.remacto.participation.command;

import ma.remacto.events.participation.PersonalDataErasedEvent;
import ma.remacto.kit.keys.DataKeys;
import ma.remacto.kit.keys.Redaction;
import ma.remacto.participation.residence.Bindings;
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
 * A citizen's erasure of their personal data (Moroccan law 09-08), one aggregate per request. In
 * the transaction that records it, the data keys of everything the citizen wrote are destroyed
 * (the text reads {@code [erased]} everywhere from then on) and their census verifications and
 * attempts are forgotten. Their proposals stay, and still count.
 */
@Aggregate
public class Erasure {

    @AggregateIdentifier
    private String erasureId;

    protected Erasure() {
    }

    /**
     * @param subject the citizen's pseudonym: the data subject of their data keys
     * @param account the citizen's account ref: what their verifications are known by
     */
    public record ErasePersonalDataCommand(@TargetAggregateIdentifier String erasureId, String subject, String account) {
    }

    /** Answers how many proposals' text it erased. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public int handle(ErasePersonalDataCommand command, DataKeys keys, Bindings bindings) {
        List<String> proposalIds = keys.shredSubject(command.subject(), Redaction.ERASED).stream()
                .filter(ProposalText::isKey)
                .map(ProposalText::proposalOf)
                .toList();
        bindings.forget(command.account());
        apply(new PersonalDataErasedEvent(command.erasureId(), proposalIds));
        return proposalIds.size();
    }

    @EventSourcingHandler
    void on(PersonalDataErasedEvent event) {
        erasureId = event.erasureId();
    }
}
