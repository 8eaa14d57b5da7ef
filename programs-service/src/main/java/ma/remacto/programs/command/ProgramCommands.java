package ma.remacto.programs.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** The life of a program after its draft; reasons travel as metadata. */
public final class ProgramCommands {

    private ProgramCommands() {
    }

    public record PutToConsultationCommand(@TargetAggregateIdentifier String programId, LocalDate on) {
    }

    public record AdoptProgramCommand(@TargetAggregateIdentifier String programId, String session, LocalDate adoptedOn,
                                      String deliberationRef) {
    }

    public record CloseProgramCommand(@TargetAggregateIdentifier String programId, LocalDate on) {
    }
}
