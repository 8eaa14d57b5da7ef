package ma.remacto.network.command;

import ma.remacto.events.network.CollectivityEditedEvent;
import ma.remacto.events.network.CollectivityRegisteredEvent;
import ma.remacto.network.command.MembershipCommands.EditCollectivityCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import static ma.remacto.kit.domain.Checks.blankToNull;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A collectivity's names and province, a member of its aggregate: the fields an operator may correct. */
final class Names {

    private record Fields(String nameAr, String nameFr, String nameTzm, String province) {
    }

    private Fields current;

    /** Corrects names and province; an edit that changes nothing records nothing. */
    @CommandHandler
    void handle(EditCollectivityCommand command) {
        Fields edited = new Fields(command.nameAr().strip(), command.nameFr().strip(), blankToNull(command.nameTzm()),
                blankToNull(command.province()));
        if (!edited.equals(current)) {
            apply(new CollectivityEditedEvent(command.collectivityId(), edited.nameAr(), edited.nameFr(),
                    edited.nameTzm(), edited.province()));
        }
    }

    @EventSourcingHandler
    void on(CollectivityRegisteredEvent event) {
        current = new Fields(event.nameAr(), event.nameFr(), event.nameTzm(), event.province());
    }

    @EventSourcingHandler
    void on(CollectivityEditedEvent event) {
        current = new Fields(event.nameAr(), event.nameFr(), event.nameTzm(), event.province());
    }
}
