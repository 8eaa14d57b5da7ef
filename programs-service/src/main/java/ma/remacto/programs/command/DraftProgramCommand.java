package ma.remacto.programs.command;

public record DraftProgramCommand(
        String programId,
        String collectivityId,
        String title,
        int startYear,
        int endYear) {
}
