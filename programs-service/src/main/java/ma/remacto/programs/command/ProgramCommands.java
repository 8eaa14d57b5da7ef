package ma.remacto.programs.command;

import ma.remacto.kit.security.Caller;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * The life of a program after its draft. Each command carries its caller, so that the program,
 * which knows its collectivity, decides who may act on it; reasons travel as metadata.
 */
public final class ProgramCommands {

    private ProgramCommands() {
    }

    public record PutToConsultationCommand(@TargetAggregateIdentifier String programId, LocalDate on, Caller caller) {
    }

    public record AdoptProgramCommand(@TargetAggregateIdentifier String programId, String session, LocalDate adoptedOn,
                                      String deliberationRef, Caller caller) {
    }

    public record CloseProgramCommand(@TargetAggregateIdentifier String programId, LocalDate on, Caller caller) {
    }
}
