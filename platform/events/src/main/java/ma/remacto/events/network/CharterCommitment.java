package ma.remacto.events.network;

/** The five commitments of the members in the network's charter, in the charter's order. */
public enum CharterCommitment {
    /** Respect the norms in force on transparency, access to public information, citizen participation and digital transformation. */
    NORMS,
    /** Adopt open action programs with local civil society and every stakeholder concerned. */
    OPEN_PROGRAMS,
    /** Ensure the implementation and evaluation of the open action programs with the same participation. */
    IMPLEMENTATION,
    /** Create a territorial dynamic of cooperation with the other actors of the territory. */
    COOPERATION,
    /** Contribute to the radiance of Moroccan collectivities nationally, continentally and internationally. */
    RADIANCE
}
