package ma.remacto.participation.inbound;

import io.cloudevents.CloudEvent;
import ma.remacto.kit.kafka.ReplicaListeners;
import ma.remacto.events.EventMetadata;
import ma.remacto.events.Topics;
import ma.remacto.events.programs.ProgramAdoptedEvent;
import ma.remacto.events.programs.ProgramClosedEvent;
import ma.remacto.events.programs.ProgramDraftedEvent;
import ma.remacto.events.programs.ProgramExecutionStartedEvent;
import ma.remacto.events.programs.ProjectAddedEvent;
import ma.remacto.events.programs.ProjectEditedEvent;
import ma.remacto.events.programs.ProjectRemovedEvent;
import ma.remacto.events.programs.ProjectRevisedEvent;
import ma.remacto.events.programs.ProposalLinkedEvent;
import ma.remacto.events.programs.ProposalUnlinkedEvent;
import ma.remacto.participation.command.ProgramStatus;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Set;

/**
 * Links proposals to the projects that answer them, from the programs topic: links given when a
 * project is added, or made and removed later; a removed project takes its links with it. Each
 * relevant record is applied in one transaction that first claims its CloudEvent (source, id), so a
 * redelivered event changes nothing. A revision that cancels a project flags its links; one that
 * renames it renames them. The programs' own records keep {@link ProgramReplica}.
 */
class ProjectLinkListener {

    private static final Set<Class<? extends Record>> RELEVANT = Set.of(ProjectAddedEvent.class,
            ProjectEditedEvent.class, ProjectRevisedEvent.class, ProjectRemovedEvent.class,
            ProposalLinkedEvent.class, ProposalUnlinkedEvent.class, ProgramDraftedEvent.class, ProgramAdoptedEvent.class,
            ProgramExecutionStartedEvent.class, ProgramClosedEvent.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ProjectLinks links;
    private final ProgramReplica programs;

    ProjectLinkListener(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.links = new ProjectLinks(jdbc);
        this.programs = new ProgramReplica(jdbc);
    }

    @KafkaListener(id = ProjectLinkConfiguration.LISTENER_ID, idIsGroup = false,
            groupId = ProjectLinkConfiguration.GROUP_ID, topics = Topics.PROGRAMS,
            containerFactory = ProjectLinkConfiguration.CONTAINER_FACTORY)
    public void on(ConsumerRecord<String, CloudEvent> record) {
        ReplicaListeners.payload(record, RELEVANT)
                .ifPresent(payload -> transactions.executeWithoutResult(status -> {
                    String collectivity = collectivity(record.value());
                    if (ReplicaListeners.claim(jdbc, "programs_received_event", record.value())) {
                        apply(collectivity, payload);
                    } else if (payload instanceof ProjectAddedEvent added) {
                        // applied before this service kept projects without links: only learn the project
                        links.known(added.programId(), added.number(), added.titleAr(), collectivity);
                    }
                }));
    }

    private void apply(String collectivity, Object payload) {
        if (payload instanceof ProjectAddedEvent added) {
            links.project(added.programId(), added.number(), added.titleAr(), collectivity);
            if (added.proposalIds() != null) {
                added.proposalIds().forEach(proposal -> links.link(added.programId(), added.number(), proposal, collectivity));
            }
        } else if (payload instanceof ProjectEditedEvent edited) {
            links.rename(edited.programId(), edited.number(), edited.titleAr());
        } else if (payload instanceof ProjectRevisedEvent revised) {
            if (revised.titleAr() != null) {
                links.rename(revised.programId(), revised.number(), revised.titleAr());
            }
            if (revised.cancelled()) {
                links.cancel(revised.programId(), revised.number());
            }
        } else if (payload instanceof ProjectRemovedEvent removed) {
            links.remove(removed.programId(), removed.number());
        } else if (payload instanceof ProposalLinkedEvent linked) {
            links.link(linked.programId(), linked.number(), linked.proposalId(), collectivity);
        } else if (payload instanceof ProposalUnlinkedEvent unlinked) {
            links.unlink(unlinked.programId(), unlinked.number(), unlinked.proposalId());
        } else {
            program(payload);
        }
    }

    private void program(Object payload) {
        if (payload instanceof ProgramDraftedEvent drafted) {
            programs.drafted(drafted.programId(), drafted.collectivityId());
        } else if (payload instanceof ProgramAdoptedEvent adopted) {
            programs.adopted(adopted.programId(), adopted.adoptedOn(), adopted.session());
        } else if (payload instanceof ProgramExecutionStartedEvent started) {
            programs.moved(started.programId(), ProgramStatus.IN_EXECUTION);
        } else if (payload instanceof ProgramClosedEvent closed) {
            programs.moved(closed.programId(), ProgramStatus.CLOSED);
        }
    }

    private static String collectivity(CloudEvent event) {
        Object extension = event.getExtension(EventMetadata.COLLECTIVITY);
        return extension == null ? null : extension.toString();
    }
}
