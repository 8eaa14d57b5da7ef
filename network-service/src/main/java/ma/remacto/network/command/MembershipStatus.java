package ma.remacto.network.command;

/** Where a collectivity stands with the network. */
public enum MembershipStatus {
    APPLIED,
    ADMITTED,
    REJECTED,
    ACTIVE,
    SUSPENDED,
    WITHDRAWN
}
