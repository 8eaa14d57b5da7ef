package ma.remacto.participation.command;

import ma.remacto.events.participation.ProcessPhase;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record ChangeProcessPhaseCommand(@TargetAggregateIdentifier String processId, ProcessPhase phase, LocalDate on) {
}
