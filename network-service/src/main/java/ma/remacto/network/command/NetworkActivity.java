package ma.remacto.network.command;

import ma.remacto.events.network.ActivityAttendanceRecordedEvent;
import ma.remacto.events.network.ActivityKind;
import ma.remacto.events.network.NetworkActivityRecordedEvent;
import ma.remacto.events.network.NetworkActivityTaggedEvent;
import ma.remacto.events.network.SupportAxis;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A training or meeting the network runs for its members, who attended it, and the axis of the
 * DGCT support program it serves.
 */
@Aggregate
public class NetworkActivity {

    /** {@code axis} may be null: the activity is then not tagged yet. */
    public record RecordNetworkActivityCommand(String activityId, ActivityKind kind, String title, LocalDate heldOn,
                                               String place, SupportAxis axis) {
    }

    public record TagActivityCommand(@TargetAggregateIdentifier String activityId, SupportAxis axis) {
    }

    public record RecordAttendanceCommand(@TargetAggregateIdentifier String activityId, List<String> collectivityIds) {
    }

    @AggregateIdentifier
    private String id;
    private final Set<String> attendees = new HashSet<>();
    private SupportAxis axis;

    protected NetworkActivity() {
    }

    @CommandHandler
    public NetworkActivity(RecordNetworkActivityCommand command) {
        apply(new NetworkActivityRecordedEvent(command.activityId(), command.kind(), command.title().strip(),
                command.heldOn(), command.place() == null || command.place().isBlank() ? null : command.place().strip()));
        if (command.axis() != null) {
            apply(new NetworkActivityTaggedEvent(command.activityId(), command.axis()));
        }
    }

    /** Tags the activity with the support program's axis it serves; the same tag again changes nothing. */
    @CommandHandler
    public void handle(TagActivityCommand command) {
        if (command.axis() != axis) {
            apply(new NetworkActivityTaggedEvent(id, command.axis()));
        }
    }

    /** Records the attendees not recorded yet; recording the same attendee again changes nothing. */
    @CommandHandler
    public int handle(RecordAttendanceCommand command) {
        Set<String> newcomers = new LinkedHashSet<>(command.collectivityIds());
        newcomers.removeAll(attendees);
        if (!newcomers.isEmpty()) {
            apply(new ActivityAttendanceRecordedEvent(id, List.copyOf(newcomers)));
        }
        return newcomers.size();
    }

    @EventSourcingHandler
    void on(NetworkActivityRecordedEvent event) {
        id = event.activityId();
    }

    @EventSourcingHandler
    void on(NetworkActivityTaggedEvent event) {
        axis = event.axis();
    }

    @EventSourcingHandler
    void on(ActivityAttendanceRecordedEvent event) {
        attendees.addAll(event.collectivityIds());
    }
}
