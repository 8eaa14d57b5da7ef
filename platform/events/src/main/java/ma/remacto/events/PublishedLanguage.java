package ma.remacto.events;

import ma.remacto.events.network.ActivityAttendanceRecordedEvent;
import ma.remacto.events.network.AdmissionDecidedEvent;
import ma.remacto.events.network.ApplicationDatedEvent;
import ma.remacto.events.network.CharterCommitmentFollowedUpEvent;
import ma.remacto.events.network.CharterSignedEvent;
import ma.remacto.events.network.CollectivityEditedEvent;
import ma.remacto.events.network.CollectivityReappliedEvent;
import ma.remacto.events.network.CollectivityRegisteredEvent;
import ma.remacto.events.network.CommitteeMemberAppointedEvent;
import ma.remacto.events.network.CommitteeMemberEditedEvent;
import ma.remacto.events.network.CommitteeMemberErasedEvent;
import ma.remacto.events.network.CommitteeMemberRemovedEvent;
import ma.remacto.events.network.LegacyCommitteeMemberAppointedEvent;
import ma.remacto.events.network.MembershipReinstatedEvent;
import ma.remacto.events.network.MembershipStandingChangedEvent;
import ma.remacto.events.network.MembershipSuspendedEvent;
import ma.remacto.events.network.MembershipWithdrawnEvent;
import ma.remacto.events.network.NetworkActivityRecordedEvent;
import ma.remacto.events.network.NetworkActivityTaggedEvent;
import ma.remacto.events.participation.CoCreationProcessOpenedEvent;
import ma.remacto.events.participation.ProcessPhaseChangedEvent;
import ma.remacto.events.participation.StationPlannedEvent;
import ma.remacto.events.participation.StationHeldEvent;
import ma.remacto.events.participation.StationCancelledEvent;
import ma.remacto.events.participation.AttendanceRecordedEvent;
import ma.remacto.events.participation.ProposalSubmittedEvent;
import ma.remacto.events.participation.ProposalReviewedEvent;
import ma.remacto.events.participation.ProposalWithdrawnEvent;
import ma.remacto.events.participation.ProposalHiddenEvent;
import ma.remacto.events.participation.ConsultationOpenedEvent;
import ma.remacto.events.participation.VoteCastEvent;
import ma.remacto.events.participation.VoteWithdrawnEvent;
import ma.remacto.events.participation.InPersonTallyRecordedEvent;
import ma.remacto.events.participation.CensusReplacedEvent;
import ma.remacto.events.participation.LegacyProposalSubmittedEvent;
import ma.remacto.events.participation.PersonalDataErasedEvent;
import ma.remacto.events.participation.ConsultationClosedEvent;
import ma.remacto.events.participation.ConsultationExtendedEvent;
import ma.remacto.events.participation.StationEditedEvent;
import ma.remacto.events.participation.ProposalsFigureReportedEvent;
import ma.remacto.events.participation.StationDocumentAttachedEvent;
import ma.remacto.events.participation.StationLinkedToProgramEvent;
import ma.remacto.events.programs.ProgramDraftedEvent;
import ma.remacto.events.programs.AxisAddedEvent;
import ma.remacto.events.programs.ProjectAddedEvent;
import ma.remacto.events.programs.ProgramPutToConsultationEvent;
import ma.remacto.events.programs.ProgramAdoptedEvent;
import ma.remacto.events.programs.ProjectRevisedEvent;
import ma.remacto.events.programs.ProgressReportedEvent;
import ma.remacto.events.programs.EvaluationRecordedEvent;
import ma.remacto.events.programs.ProgramExecutionStartedEvent;
import ma.remacto.events.programs.ProgramClosedEvent;
import ma.remacto.events.programs.AxisEditedEvent;
import ma.remacto.events.programs.AxisRemovedEvent;
import ma.remacto.events.programs.ProjectEditedEvent;
import ma.remacto.events.programs.ProjectRemovedEvent;
import ma.remacto.events.programs.ProposalLinkedEvent;
import ma.remacto.events.programs.ProposalUnlinkedEvent;
import ma.remacto.events.programs.ProgramDocumentAttachedEvent;
import ma.remacto.events.reporting.ChainHeadsPublishedEvent;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every event type of the published language, with its CloudEvents type name, its topic and its
 * JSON Schema (at {@code /remacto/schemas/<type>.json} on the classpath).
 */
public final class PublishedLanguage {

    /** The event records, in the order they were introduced. */
    public static final List<Class<? extends Record>> EVENTS = List.of(
            CollectivityRegisteredEvent.class,
            AdmissionDecidedEvent.class,
            CoCreationProcessOpenedEvent.class,
            ProgramDraftedEvent.class,
            CharterSignedEvent.class,
            MembershipSuspendedEvent.class,
            MembershipReinstatedEvent.class,
            MembershipWithdrawnEvent.class,
            CollectivityReappliedEvent.class,
            CommitteeMemberAppointedEvent.class,
            CommitteeMemberRemovedEvent.class,
            NetworkActivityRecordedEvent.class,
            ActivityAttendanceRecordedEvent.class,
            ProcessPhaseChangedEvent.class,
            StationPlannedEvent.class,
            StationHeldEvent.class,
            StationCancelledEvent.class,
            AttendanceRecordedEvent.class,
            ProposalSubmittedEvent.class,
            ProposalReviewedEvent.class,
            ProposalWithdrawnEvent.class,
            ProposalHiddenEvent.class,
            ConsultationOpenedEvent.class,
            VoteCastEvent.class,
            VoteWithdrawnEvent.class,
            InPersonTallyRecordedEvent.class,
            AxisAddedEvent.class,
            ProjectAddedEvent.class,
            ProgramPutToConsultationEvent.class,
            ProgramAdoptedEvent.class,
            ProjectRevisedEvent.class,
            ProgressReportedEvent.class,
            EvaluationRecordedEvent.class,
            ProgramExecutionStartedEvent.class,
            ProgramClosedEvent.class,
            ChainHeadsPublishedEvent.class,
            MembershipStandingChangedEvent.class,
            CommitteeMemberErasedEvent.class,
            CensusReplacedEvent.class,
            PersonalDataErasedEvent.class,
            CollectivityEditedEvent.class,
            CommitteeMemberEditedEvent.class,
            ApplicationDatedEvent.class,
            AxisEditedEvent.class,
            AxisRemovedEvent.class,
            ProjectEditedEvent.class,
            ProjectRemovedEvent.class,
            ProposalLinkedEvent.class,
            ProposalUnlinkedEvent.class,
            ConsultationClosedEvent.class,
            ConsultationExtendedEvent.class,
            StationEditedEvent.class,
            ProposalsFigureReportedEvent.class,
            StationDocumentAttachedEvent.class,
            StationLinkedToProgramEvent.class,
            NetworkActivityTaggedEvent.class,
            CharterCommitmentFollowedUpEvent.class,
            ProgramDocumentAttachedEvent.class);

    /**
     * Earlier revisions still found on the topics, and the record their data reads into: the
     * current record when later revisions only added fields (which read as {@code null}), or a
     * legacy record of the earlier shape (not published, not in {@link #EVENTS}) when a later
     * revision changed it, as sealing personal text did.
     */
    public static final Map<String, Class<? extends Record>> SUPERSEDED = Map.of(
            "ma.remacto.network.CollectivityRegistered.v1", CollectivityRegisteredEvent.class,
            "ma.remacto.network.CommitteeMemberAppointed.v1", LegacyCommitteeMemberAppointedEvent.class,
            "ma.remacto.participation.ProposalSubmitted.v1", LegacyProposalSubmittedEvent.class,
            "ma.remacto.programs.ProjectAdded.v1", ProjectAddedEvent.class,
            "ma.remacto.programs.EvaluationRecorded.v1", EvaluationRecordedEvent.class);

    private static final Map<String, Class<? extends Record>> BY_TYPE = EVENTS.stream()
            .collect(Collectors.toUnmodifiableMap(PublishedLanguage::typeOf, Function.identity()));

    private PublishedLanguage() {
    }

    /** The CloudEvents type of an event record, e.g. {@code ma.remacto.network.CollectivityRegistered.v1}. */
    public static String typeOf(Class<?> eventClass) {
        PublishedEvent published = eventClass.getAnnotation(PublishedEvent.class);
        if (published == null) {
            throw new IllegalArgumentException(eventClass.getName() + " is not part of the published language");
        }
        String name = eventClass.getSimpleName().replaceFirst("Event$", "");
        return "ma.remacto." + published.context() + "." + name + ".v" + published.version();
    }

    /** The topic an event record is published on. */
    public static String topicOf(Class<?> eventClass) {
        PublishedEvent published = eventClass.getAnnotation(PublishedEvent.class);
        if (published == null) {
            throw new IllegalArgumentException(eventClass.getName() + " is not part of the published language");
        }
        return switch (published.context()) {
            case "network" -> Topics.NETWORK;
            case "participation" -> Topics.PARTICIPATION;
            case "programs" -> Topics.PROGRAMS;
            case "reporting" -> Topics.CHAIN;
            default -> throw new IllegalStateException("no topic for context " + published.context());
        };
    }

    /** The record class of a CloudEvents type (current or superseded revision), if the type is known. */
    public static Optional<Class<? extends Record>> classOf(String type) {
        return Optional.ofNullable(BY_TYPE.getOrDefault(type, SUPERSEDED.get(type)));
    }

    /** The classpath location of the JSON Schema of a type. */
    public static String schemaLocation(String type) {
        return "/remacto/schemas/" + type + ".json";
    }
}
