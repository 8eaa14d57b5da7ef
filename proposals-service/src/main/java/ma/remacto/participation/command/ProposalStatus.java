package ma.remacto.participation.command;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a proposal stands: received, under study, then decided (retained, not retained or
 * merged into another), unless its author withdrew it first. Hiding is a separate flag.
 */
public enum ProposalStatus {
    RECEIVED,
    UNDER_STUDY,
    RETAINED,
    NOT_RETAINED,
    MERGED,
    WITHDRAWN;

    static final Set<ProposalStatus> DECIDED = EnumSet.of(RETAINED, NOT_RETAINED, MERGED);
}
