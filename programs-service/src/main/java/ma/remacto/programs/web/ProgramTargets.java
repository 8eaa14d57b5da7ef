package ma.remacto.programs.web;

import ma.remacto.kit.security.Targets;
import ma.remacto.programs.query.ProgramDirectory;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.Set;

/** Places {@code program:{id}} targets in their collectivity, from the program directory. */
@Component
class ProgramTargets implements Targets {

    static final String PROGRAM = "program";

    private final ProgramDirectory directory;

    ProgramTargets(ProgramDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Set<String> kinds() {
        return Set.of(PROGRAM);
    }

    @Override
    public Optional<String> collectivityOf(String kind, String id) {
        return directory.collectivityOf(id);
    }
}
