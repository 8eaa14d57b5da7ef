package ma.remacto.reporting.query;

import ma.remacto.events.programs.ProjectAddedEvent;
import ma.remacto.events.programs.ProjectRemovedEvent;
import ma.remacto.events.programs.ProposalLinkedEvent;
import ma.remacto.events.programs.ProposalUnlinkedEvent;
import ma.remacto.reporting.inbound.Projection;
import ma.remacto.reporting.inbound.ReceivedEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which retained proposals each project answers: linked when the project is added, or later. */
@Component
class ProjectLinksProjection implements Projection {

    private final JdbcClient jdbc;

    ProjectLinksProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void apply(ReceivedEvent event) {
        Object payload = event.payload();
        if (payload instanceof ProjectAddedEvent added && added.proposalIds() != null) {
            added.proposalIds().forEach(proposal -> link(added.programId(), added.number(), proposal));
        } else if (payload instanceof ProposalLinkedEvent linked) {
            link(linked.programId(), linked.number(), linked.proposalId());
        } else if (payload instanceof ProposalUnlinkedEvent unlinked) {
            jdbc.sql("""
                            DELETE FROM program_project_proposal
                            WHERE program_id = :program AND number = :number AND proposal_id = :proposal""")
                    .param("program", unlinked.programId())
                    .param("number", unlinked.number())
                    .param("proposal", unlinked.proposalId())
                    .update();
        } else if (payload instanceof ProjectRemovedEvent removed) {
            jdbc.sql("DELETE FROM program_project_proposal WHERE program_id = :program AND number = :number")
                    .param("program", removed.programId())
                    .param("number", removed.number())
                    .update();
        }
    }

    private void link(String program, int number, String proposal) {
        jdbc.sql("""
                        INSERT INTO program_project_proposal (program_id, number, proposal_id)
                        VALUES (:program, :number, :proposal) ON CONFLICT DO NOTHING""")
                .param("program", program)
                .param("number", number)
                .param("proposal", proposal)
                .update();
    }
}
