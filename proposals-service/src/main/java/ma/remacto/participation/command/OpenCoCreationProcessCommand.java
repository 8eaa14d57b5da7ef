package ma.remacto.participation.command;

public record OpenCoCreationProcessCommand(
        String processId,
        String collectivityId,
        String title,
        String cycle) {
}
