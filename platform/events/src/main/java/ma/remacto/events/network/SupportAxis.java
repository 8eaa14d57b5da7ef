package ma.remacto.events.network;

/**
 * The four axes of the DGCT's support program for open territorial collectivities (launched at
 * the end of 2022), as the Tamazgana press file lists them.
 */
public enum SupportAxis {
    /** Create and expand the network, a space for learning and sharing experience. */
    NETWORK,
    /** Support member collectivities to co-create, monitor and evaluate open action programs with local civil society. */
    CO_CREATION,
    /** Build the capacity of collectivities and local civil society on the principles of openness. */
    CAPACITY,
    /** Monitor, evaluate and document the program, and capitalise methods and tools so they spread. */
    CAPITALISATION
}
