package ma.remacto.programs.command;

/**
 * The program's view of the participation context: which proposals the collectivity retained.
 * Kept from {@code remacto.participation.v1} in a local replica, so it may lag by a moment.
 */
public interface RetainedProposals {

    /** Whether the proposal is known, belongs to the collectivity and was retained at its review. */
    boolean isRetained(String proposalId, String collectivityId);
}
