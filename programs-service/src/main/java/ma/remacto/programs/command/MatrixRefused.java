package ma.remacto.programs.command;

import ma.remacto.kit.domain.InvalidCommand;

import java.util.Comparator;
import java.util.List;

/**
 * An imported matrix refused as a whole: nothing is recorded, and every fault is reported with
 * its row. A row with several faults counts once among the bad rows.
 */
public class MatrixRefused extends InvalidCommand {

    private final transient List<RowError> errors;

    public MatrixRefused(List<RowError> errors) {
        super("invalid-matrix", badRows(errors) + " bad row(s) in the matrix; nothing was imported");
        this.errors = errors.stream().sorted(Comparator.comparingInt(RowError::row)).toList();
    }

    private static long badRows(List<RowError> errors) {
        return errors.stream().mapToInt(RowError::row).distinct().count();
    }

    /** How many rows have at least one fault. */
    public long badRows() {
        return badRows(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
