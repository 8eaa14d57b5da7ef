package ma.remacto.programs.inbound;

import ma.remacto.events.participation.ReviewDecision;
import ma.remacto.programs.command.RetainedProposals;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Which proposals a collectivity retained, as far as the replica of the participation topic knows. */
class ProposalReplica implements RetainedProposals {

    private final JdbcClient jdbc;

    ProposalReplica(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isRetained(String proposalId, String collectivityId) {
        return jdbc.sql("""
                        SELECT count(*) FROM proposal_replica
                        WHERE proposal_id = :id AND collectivity_id = :collectivity AND status = :retained""")
                .param("id", proposalId)
                .param("collectivity", collectivityId)
                .param("retained", ReviewDecision.RETAINED.name())
                .query(Long.class).single() > 0;
    }
}
