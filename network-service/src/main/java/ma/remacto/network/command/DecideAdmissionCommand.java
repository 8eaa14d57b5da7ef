package ma.remacto.network.command;

import ma.remacto.events.network.AdmissionDecision;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

public record DecideAdmissionCommand(
        @TargetAggregateIdentifier String collectivityId,
        AdmissionDecision decision,
        LocalDate decidedOn,
        Map<String, BigDecimal> indicators) {
}
