package ma.remacto.network.command;

import ma.remacto.events.network.AdmissionDecidedEvent;
import ma.remacto.events.network.AdmissionDecision;
import ma.remacto.events.network.CollectivityKind;
import ma.remacto.events.network.CollectivityRegisteredEvent;
import ma.remacto.kit.web.BadRequest;
import ma.remacto.kit.web.RuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A territorial collectivity in its relation to the network: application, admission. */
@Aggregate
public class Collectivity {

    @AggregateIdentifier
    private String id;
    private MembershipStatus status;

    protected Collectivity() {
    }

    @CommandHandler
    public Collectivity(RegisterCollectivityCommand command) {
        String regionId = command.regionId();
        if (command.kind() == CollectivityKind.REGION) {
            if (Regions.byId(command.collectivityId()).isEmpty()) {
                throw new BadRequest("unknown-region",
                        "a region member's id must be one of the 12 regions, not '" + command.collectivityId() + "'");
            }
            if (regionId != null && !regionId.equals(command.collectivityId())) {
                throw new BadRequest("region-mismatch", "a region lies in itself, not in '" + regionId + "'");
            }
            regionId = command.collectivityId();
        } else if (regionId != null && Regions.byId(regionId).isEmpty()) {
            throw new BadRequest("unknown-region", "'" + regionId + "' is not one of the 12 regions");
        }
        apply(new CollectivityRegisteredEvent(command.collectivityId(), command.kind(),
                command.nameAr().strip(), command.nameFr().strip(), regionId));
    }

    @CommandHandler
    public void handle(DecideAdmissionCommand command) {
        if (status != MembershipStatus.APPLIED) {
            throw new RuleViolation("admission-already-decided",
                    "the application of '" + id + "' was already decided: " + status);
        }
        if (command.decidedOn().isAfter(LocalDate.now())) {
            throw new BadRequest("date-in-future", "an admission cannot be decided on a future date: " + command.decidedOn());
        }
        apply(new AdmissionDecidedEvent(id, command.decision(), command.decidedOn(),
                command.indicators() == null ? Map.of() : Map.copyOf(command.indicators())));
    }

    @EventSourcingHandler
    void on(CollectivityRegisteredEvent event) {
        id = event.collectivityId();
        status = MembershipStatus.APPLIED;
    }

    @EventSourcingHandler
    void on(AdmissionDecidedEvent event) {
        status = event.decision() == AdmissionDecision.ADMITTED ? MembershipStatus.ADMITTED : MembershipStatus.REJECTED;
    }
}
