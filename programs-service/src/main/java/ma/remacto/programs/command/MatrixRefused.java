package ma.remacto.programs.command;

import ma.remacto.kit.domain.InvalidCommand;

import java.util.Comparator;
import java.util.List;

/** An imported matrix refused as a whole: nothing is recorded, and every faulty row is reported. */
public class MatrixRefused extends InvalidCommand {

    private final transient List<RowError> errors;

    public MatrixRefused(List<RowError> errors) {
        super("invalid-matrix", errors.size() + " problem(s) in the matrix; nothing was imported");
        this.errors = errors.stream().sorted(Comparator.comparingInt(RowError::row)).toList();
    }

    public List<RowError> errors() {
        return errors;
    }
}
