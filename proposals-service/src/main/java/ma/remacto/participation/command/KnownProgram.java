package ma.remacto.participation.command;

/**
 * An action program as this service knows it from the programs topic, handed to the process
 * with a command that names it.
 *
 * @param programId      the program
 * @param collectivityId whose program it is
 * @param status         where it stands
 */
public record KnownProgram(String programId, String collectivityId, ProgramStatus status) {
}
