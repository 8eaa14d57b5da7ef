package ma.remacto.participation.web;

import ma.remacto.kit.security.Targets;
import ma.remacto.participation.query.Directory;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.Set;

/**
 * The collectivity of a process, proposal or consultation, for {@code @Allow} targets: read from
 * the {@link Directory}, which is written in the transaction of the event that created the
 * resource, so a command may address what the previous one created.
 */
@Component
class ParticipationTargets implements Targets {

    static final String PROCESS = "process";
    static final String PROPOSAL = "proposal";
    static final String CONSULTATION = "consultation";

    private final Directory directory;

    ParticipationTargets(Directory directory) {
        this.directory = directory;
    }

    @Override
    public Set<String> kinds() {
        return Set.of(PROCESS, PROPOSAL, CONSULTATION);
    }

    @Override
    public Optional<String> collectivityOf(String kind, String id) {
        return owner(kind, id).map(Directory.Owner::collectivityId);
    }

    Optional<Directory.Owner> owner(String kind, String id) {
        return switch (kind) {
            case PROCESS -> directory.process(id);
            case PROPOSAL -> directory.proposal(id);
            case CONSULTATION -> directory.consultation(id);
            default -> throw new IllegalArgumentException("no such kind of target: " + kind);
        };
    }
}
