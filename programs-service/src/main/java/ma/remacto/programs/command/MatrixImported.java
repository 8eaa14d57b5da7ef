package ma.remacto.programs.command;

/**
 * What an accepted import did: rows the program already held identically are {@code unchanged},
 * so importing the same file twice adds nothing the second time.
 */
public record MatrixImported(int axesAdded, int projectsAdded, int unchanged) {
}
