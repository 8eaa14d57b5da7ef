package ma.remacto.events;

/**
 * The Kafka topics of the published language, one per producing context. Records are keyed by
 * aggregate id, so the events of one aggregate keep their order; retention is unlimited, so a
 * topic is the public, replayable record of its context.
 */
public final class Topics {

    /** Membership of the network: collectivities, admissions. Produced by network-service. */
    public static final String NETWORK = "remacto.network.v1";

    /** Co-creation: processes, stations, proposals, votes. Produced by proposals-service. */
    public static final String PARTICIPATION = "remacto.participation.v1";

    /** Open action programs: matrix, adoption, execution. Produced by programs-service. */
    public static final String PROGRAMS = "remacto.programs.v1";

    /**
     * Heads of the hash chains over the context topics, for anyone to compare with what they
     * recompute. Produced by reporting-service.
     */
    public static final String CHAIN = "remacto.chain.v1";

    private Topics() {
    }
}
