package ma.remacto.reporting;

import io.cloudevents.CloudEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import ma.remacto.events.DocumentKind;
import ma.remacto.events.DocumentRef;
import ma.remacto.events.network.AdmissionDecidedEvent;
import ma.remacto.events.network.AdmissionDecision;
import ma.remacto.events.network.CharterCommitment;
import ma.remacto.events.network.CharterCommitmentFollowedUpEvent;
import ma.remacto.events.network.CharterSignedEvent;
import ma.remacto.events.network.CollectivityKind;
import ma.remacto.events.network.CollectivityRegisteredEvent;
import ma.remacto.events.participation.AttendanceRecordedEvent;
import ma.remacto.events.participation.CoCreationProcessOpenedEvent;
import ma.remacto.events.participation.LegacyProposalSubmittedEvent;
import ma.remacto.events.participation.ParticipantCategory;
import ma.remacto.events.participation.ProcessPhase;
import ma.remacto.events.participation.ProcessPhaseChangedEvent;
import ma.remacto.events.participation.ProposalChannel;
import ma.remacto.events.participation.ProposalHiddenEvent;
import ma.remacto.events.participation.ProposalReviewedEvent;
import ma.remacto.events.participation.ProposalSubmittedEvent;
import ma.remacto.events.participation.ReviewDecision;
import ma.remacto.events.participation.StationDocumentAttachedEvent;
import ma.remacto.events.participation.StationHeldEvent;
import ma.remacto.events.participation.StationKind;
import ma.remacto.events.participation.StationLinkedToProgramEvent;
import ma.remacto.events.participation.StationPlannedEvent;
import ma.remacto.events.programs.AxisAddedEvent;
import ma.remacto.events.programs.Funding;
import ma.remacto.events.programs.ProgramAdoptedEvent;
import ma.remacto.events.programs.ProgramDocumentAttachedEvent;
import ma.remacto.events.programs.ProgramDraftedEvent;
import ma.remacto.events.programs.ProgramExecutionStartedEvent;
import ma.remacto.events.programs.ProgressReportedEvent;
import ma.remacto.events.programs.ProjectAddedEvent;
import ma.remacto.events.programs.ProjectRevisedEvent;
import ma.remacto.events.programs.ProjectStatus;
import ma.remacto.events.PublishedEvent;
import ma.remacto.events.PublishedLanguage;
import ma.remacto.kit.kafka.EventJson;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One collectivity's events, each numbered in its aggregate (the subject) as the services do, kept
 * until delivered to reporting's consumer group.
 */
final class TestFeed {

    private final String group;
    private final String collectivity;
    private final Map<String, Long> sequences = new HashMap<>();
    private final List<CloudEvent> pending = new ArrayList<>();
    private final List<CloudEvent> events = new ArrayList<>();

    TestFeed(String group, String collectivity) {
        this.group = group;
        this.collectivity = collectivity;
    }

    CloudEvent on(String subject, Object payload) {
        return at(OffsetDateTime.now(), subject, payload);
    }

    CloudEvent at(OffsetDateTime time, String subject, Object payload) {
        return add(time, subject, payload, null);
    }

    /** An event with the reason the user gave. */
    CloudEvent because(String reason, String subject, Object payload) {
        return add(OffsetDateTime.now(), subject, payload, reason);
    }

    private CloudEvent add(OffsetDateTime time, String subject, Object payload, String reason) {
        long sequence = sequences.merge(subject, 1L, Long::sum) - 1;
        CloudEvent event = TestStreams.event(type(payload), EventJson.write(payload),
                subject, collectivity, sequence, reason, time);
        pending.add(event);
        events.add(event);
        return event;
    }

    /** The event's type; for the record of a superseded revision, the type it was published under. */
    static String type(Object payload) {
        if (payload.getClass().isAnnotationPresent(PublishedEvent.class)) {
            return PublishedLanguage.typeOf(payload.getClass());
        }
        return PublishedLanguage.SUPERSEDED.entrySet().stream()
                .filter(superseded -> superseded.getValue() == payload.getClass())
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(payload.getClass() + " is no published revision"));
    }

    /** Every distinct event of the feed so far, in order. */
    List<CloudEvent> events() {
        return List.copyOf(events);
    }

    /** How many distinct events the feed made. */
    int size() {
        return events.size();
    }

    /** Delivers an event once more, as at-least-once delivery may. */
    void again(CloudEvent event) {
        pending.add(event);
    }

    /** Publishes what is pending and waits until reporting has consumed all of it. */
    void deliver() throws Exception {
        TestStreams.awaitConsumed(group, TestStreams.publish(pending));
        pending.clear();
    }

    /**
     * A member's year: admission and charter, a co-creation process with stations, attendance and
     * reviewed proposals, and a program adopted, revised and reported on; with redeliveries.
     */
    static TestFeed memberYear(String group, String collectivity) {
        TestFeed feed = new TestFeed(group, collectivity);
        feed.on(collectivity, new CollectivityRegisteredEvent(collectivity, CollectivityKind.COMMUNE, "جماعة",
                "Commune " + collectivity, null, "rabat-sale-kenitra", "Rabat"));
        feed.on(collectivity, new AdmissionDecidedEvent(collectivity, AdmissionDecision.ADMITTED,
                LocalDate.of(2024, 4, 25), Map.of()));
        feed.on(collectivity, new CharterSignedEvent(collectivity, LocalDate.of(2024, 5, 2), "president"));
        String process = collectivity + "-process";
        feed.on(process, new CoCreationProcessOpenedEvent(process, collectivity, "برنامج الانفتاح", "2025-2026"));
        String station = process + "-workshop";
        feed.on(process, new StationPlannedEvent(process, station, StationKind.CO_CREATION_WORKSHOP, "ورشة",
                LocalDate.of(2024, 9, 10), LocalDate.of(2024, 9, 10), "Hall", List.of()));
        feed.on(process, new StationHeldEvent(process, station));
        CloudEvent attendance = feed.on(process, new AttendanceRecordedEvent(process, station, 30, 45, 0,
                Map.of(ParticipantCategory.CITIZENS, 60, ParticipantCategory.STAFF, 15), 12));
        feed.again(attendance);
        for (int i = 1; i <= 6; i++) {
            String proposal = process + "-p" + i;
            feed.on(proposal, i % 2 == 0
                    ? new ProposalSubmittedEvent(proposal, process, collectivity, ProposalChannel.DIGITAL_PLATFORM, null,
                    TestStreams.sealed("proposal:" + proposal), TestStreams.sealed("proposal:" + proposal), null, null,
                    "p-citizen-" + i, null)
                    : new LegacyProposalSubmittedEvent(proposal, process, collectivity, ProposalChannel.IN_PERSON,
                    station, "اقتراح " + i, "نص", null, null, "citizen-" + i, null));
            if (i <= 3) {
                feed.on(proposal, new ProposalReviewedEvent(proposal, ReviewDecision.RETAINED, null));
            } else if (i == 4) {
                feed.on(proposal, new ProposalReviewedEvent(proposal, ReviewDecision.NOT_RETAINED, null));
            }
        }
        feed.on(process + "-p6", new ProposalHiddenEvent(process + "-p6"));
        feed.on(process, new ProcessPhaseChangedEvent(process, ProcessPhase.CONSULTATION, LocalDate.of(2024, 10, 1)));
        String program = collectivity + "-2025-2026";
        feed.on(program, new ProgramDraftedEvent(program, collectivity, "برنامج عمل", 2025, 2026));
        feed.on(program, new AxisAddedEvent(program, 1, "البيئة", "Environnement"));
        for (int number = 1; number <= 3; number++) {
            feed.on(program, new ProjectAddedEvent(program, number, 1, "مشروع " + number, null,
                    new BigDecimal("12.5"), new BigDecimal(number + "000000.00"),
                    new Funding(Funding.FundingKind.OWN, List.of(), List.of()), List.of(), null, List.of()));
        }
        feed.on(program, new ProgramAdoptedEvent(program, "دورة أكتوبر", LocalDate.of(2024, 10, 7), null,
                new BigDecimal("6000000.00")));
        feed.on(program, new ProgramExecutionStartedEvent(program, LocalDate.of(2025, 1, 15)));
        CloudEvent revision = feed.because("طلب العروض", program, new ProjectRevisedEvent(program, 2,
                LocalDate.of(2025, 3, 1), new BigDecimal("2500000.00"), null, null, null, false));
        feed.again(revision);
        feed.on(program, new ProgressReportedEvent(program, 1, LocalDate.of(2025, 6, 30), ProjectStatus.IN_PROGRESS,
                new BigDecimal("40"), null, null));
        feed.on(process, new StationLinkedToProgramEvent(process, station, program));
        feed.on(process, new StationDocumentAttachedEvent(process, station, new DocumentRef("minutes-" + collectivity,
                DocumentKind.MINUTES, "محضر الورشة", "minutes.pdf", "application/pdf", 1200, "d".repeat(64))));
        feed.on(program, new ProgramDocumentAttachedEvent(program, 1, LocalDate.of(2025, 6, 30), new DocumentRef(
                "report-" + collectivity, DocumentKind.REPORT, "تقرير", "report.pdf", "application/pdf", 900, "e".repeat(64))));
        feed.on(collectivity, new CharterCommitmentFollowedUpEvent(collectivity, CharterCommitment.OPEN_PROGRAMS,
                "برنامج عمل منشور", LocalDate.of(2025, 1, 20)));
        return feed;
    }
}
