package ma.remacto.participation.command;

import ma.remacto.events.participation.VoteCastEvent;
import ma.remacto.events.participation.VoteChoice;
import ma.remacto.events.participation.VoteWithdrawnEvent;
import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.kit.domain.NotFound;
import ma.remacto.participation.command.VoteCommands.CastVoteCommand;
import ma.remacto.participation.command.VoteCommands.WithdrawVoteCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One ballot's vote on one item of a consultation. Its id is {@code consultation:item:ballot},
 * so a citizen has one vote per item by construction: a second cast loads the same aggregate and
 * changes it. Each vote is its own small stream, so twenty thousand votes never load one big
 * aggregate; two first casts of the same ballot at once collide on the stream's creation, and
 * the one that loses is retried as a change.
 */
@Aggregate
public class Vote {

    @AggregateIdentifier
    private String id;
    /** The counted choice; {@code null} once withdrawn. */
    private VoteChoice choice;

    protected Vote() {
    }

    public static String idOf(String consultationId, String itemId, String ballotId) {
        return consultationId + ":" + itemId + ":" + ballotId;
    }

    /** Casts or changes the vote; casting the same choice again changes nothing. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(CastVoteCommand command) {
        if (command.choice() == null) {
            throw new InvalidCommand("choice-required", "a vote is FOR or AGAINST");
        }
        command.window().requireOpenAt(command.castAt());
        if (command.choice() != choice) {
            apply(new VoteCastEvent(command.consultationId(), command.itemId(), command.ballotId(), command.choice()));
        }
    }

    @CommandHandler
    public void handle(WithdrawVoteCommand command) {
        command.window().requireOpenAt(command.at());
        if (choice == null) {
            throw new NotFound("vote on item", command.itemId());
        }
        apply(new VoteWithdrawnEvent(command.consultationId(), command.itemId(), command.ballotId()));
    }

    @EventSourcingHandler
    void on(VoteCastEvent event) {
        id = idOf(event.consultationId(), event.itemId(), event.ballotId());
        choice = event.choice();
    }

    @EventSourcingHandler
    void on(VoteWithdrawnEvent event) {
        choice = null;
    }
}
