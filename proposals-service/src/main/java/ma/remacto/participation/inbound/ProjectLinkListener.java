package ma.remacto.participation.inbound;

import io.cloudevents.CloudEvent;
import ma.remacto.kit.kafka.ReplicaListeners;
import ma.remacto.events.EventMetadata;
import ma.remacto.events.Topics;
import ma.remacto.events.programs.ProjectAddedEvent;
import ma.remacto.events.programs.ProjectRevisedEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Set;

/**
 * Links proposals to the projects that answer them, from the programs topic. Each relevant record
 * is applied in one transaction that first claims its CloudEvent (source, id), so a redelivered
 * event changes nothing. Only proposals of this service are linked (the directory, written with
 * each submission, knows them), and only to a project of their own collectivity; other ids are
 * ignored. A revision that cancels a project flags its links; one that renames it renames them.
 */
class ProjectLinkListener {

    private static final Set<Class<? extends Record>> RELEVANT = Set.of(ProjectAddedEvent.class, ProjectRevisedEvent.class);
    private static final Logger log = LoggerFactory.getLogger(ProjectLinkListener.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    ProjectLinkListener(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @KafkaListener(id = ProjectLinkConfiguration.LISTENER_ID, idIsGroup = false,
            groupId = ProjectLinkConfiguration.GROUP_ID, topics = Topics.PROGRAMS,
            containerFactory = ProjectLinkConfiguration.CONTAINER_FACTORY)
    public void on(ConsumerRecord<String, CloudEvent> record) {
        ReplicaListeners.payload(record, RELEVANT)
                .ifPresent(payload -> transactions.executeWithoutResult(status -> apply(record.value(), payload)));
    }

    private void apply(CloudEvent event, Object payload) {
        if (payload instanceof ProjectAddedEvent added) {
            if (claim(event)) {
                added(event, added);
            }
        } else if (payload instanceof ProjectRevisedEvent revised
                && (revised.cancelled() || revised.titleAr() != null) && claim(event)) {
            revised(revised);
        }
    }

    private boolean claim(CloudEvent event) {
        return ReplicaListeners.claim(jdbc, "programs_received_event", event);
    }

    private void added(CloudEvent event, ProjectAddedEvent added) {
        if (added.proposalIds() == null || added.proposalIds().isEmpty()) {
            return;
        }
        Object extension = event.getExtension(EventMetadata.COLLECTIVITY);
        String collectivity = extension == null ? null : extension.toString();
        for (String proposalId : added.proposalIds()) {
            int linked = jdbc.sql("""
                            INSERT INTO proposal_project (proposal_id, program_id, project_number, title_ar,
                                                          collectivity_id, cancelled, linked_at)
                            SELECT d.id, :program, :number, :title, d.collectivity_id, FALSE, now()
                            FROM directory d
                            WHERE d.kind = 'PROPOSAL' AND d.id = :proposal
                              AND (CAST(:collectivity AS varchar) IS NULL OR d.collectivity_id = :collectivity)
                            ON CONFLICT (proposal_id, program_id, project_number) DO UPDATE SET
                                title_ar = EXCLUDED.title_ar, cancelled = FALSE""")
                    .param("program", added.programId())
                    .param("number", added.number())
                    .param("title", added.titleAr())
                    .param("collectivity", collectivity)
                    .param("proposal", proposalId)
                    .update();
            if (linked == 0) {
                log.debug("project {}#{} names proposal {}, which is not one of collectivity {} here",
                        added.programId(), added.number(), proposalId, collectivity);
            }
        }
    }

    private void revised(ProjectRevisedEvent revised) {
        jdbc.sql("""
                        UPDATE proposal_project SET cancelled = cancelled OR :cancelled,
                                                    title_ar = COALESCE(CAST(:title AS text), title_ar)
                        WHERE program_id = :program AND project_number = :number""")
                .param("cancelled", revised.cancelled())
                .param("title", revised.titleAr())
                .param("program", revised.programId())
                .param("number", revised.number())
                .update();
    }
}
