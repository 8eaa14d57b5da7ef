package ma.remacto.bench;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import ma.remacto.events.PublishedLanguage;
import ma.remacto.events.SealedText;
import ma.remacto.events.network.AdmissionDecidedEvent;
import ma.remacto.events.network.AdmissionDecision;
import ma.remacto.events.network.CharterSignedEvent;
import ma.remacto.events.network.CollectivityKind;
import ma.remacto.events.network.CollectivityRegisteredEvent;
import ma.remacto.events.participation.AttendanceRecordedEvent;
import ma.remacto.events.participation.CoCreationProcessOpenedEvent;
import ma.remacto.events.participation.ConsultationItem;
import ma.remacto.events.participation.ConsultationOpenedEvent;
import ma.remacto.events.participation.InPersonTallyRecordedEvent;
import ma.remacto.events.participation.ParticipantCategory;
import ma.remacto.events.participation.ProcessPhase;
import ma.remacto.events.participation.ProcessPhaseChangedEvent;
import ma.remacto.events.participation.ProposalChannel;
import ma.remacto.events.participation.ProposalHiddenEvent;
import ma.remacto.events.participation.ProposalReviewedEvent;
import ma.remacto.events.participation.ProposalSubmittedEvent;
import ma.remacto.events.participation.ReviewDecision;
import ma.remacto.events.participation.StationHeldEvent;
import ma.remacto.events.participation.StationKind;
import ma.remacto.events.participation.StationPlannedEvent;
import ma.remacto.events.participation.VoteCastEvent;
import ma.remacto.events.participation.VoteChoice;
import ma.remacto.events.participation.VoteWithdrawnEvent;
import ma.remacto.events.programs.AxisAddedEvent;
import ma.remacto.events.programs.Funding;
import ma.remacto.events.programs.ProgramAdoptedEvent;
import ma.remacto.events.programs.ProgramDraftedEvent;
import ma.remacto.events.programs.ProgramExecutionStartedEvent;
import ma.remacto.events.programs.ProgramPutToConsultationEvent;
import ma.remacto.events.programs.ProgressReportedEvent;
import ma.remacto.events.programs.ProjectAddedEvent;
import ma.remacto.events.programs.ProjectRevisedEvent;
import ma.remacto.events.programs.ProjectStatus;
import ma.remacto.kit.kafka.EventJson;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A realistic year of events per collectivity, written into the three topics as the services
 * publish them (CloudEvents, keyed by subject): membership, a co-creation process with stations,
 * proposals and a consultation with votes, and a program with its matrix, revisions and progress.
 * Member {@code c} is {@code commune-c}.
 */
final class SampleEvents {

    static final OffsetDateTime START = OffsetDateTime.of(2025, 1, 6, 9, 0, 0, 0, ZoneOffset.UTC);

    /**
     * How much each collectivity does besides the fixed part (membership, stations, phases, a
     * consultation, in-person tallies and a program: {@value #FIXED} events).
     *
     * @param proposals proposals submitted (each also reviewed; one in 25 hidden)
     * @param votes     votes cast (one in 70 withdrawn)
     */
    record Shape(int proposals, int votes) {

        static final int FIXED = 58;

        /** The rebuild benchmark's collectivity: 120 proposals and 700 votes, 1,013 events. */
        static final Shape YEAR = new Shape(120, 700);

        Shape {
            if (proposals < 1 || votes < 0) {
                throw new IllegalArgumentException("at least one proposal, and no negative votes");
            }
        }

        /** About that many events per collectivity: from 80 on, that many or one fewer; never fewer than 60. */
        static Shape ofEvents(int events) {
            int proposals = Math.max(1, Math.min(120, events / 8));
            int room = events - FIXED - 2 * proposals - hidden(proposals);
            int votes = 0;
            while (votes + 1 + withdrawn(votes + 1) <= room) {
                votes++;
            }
            return new Shape(proposals, votes);
        }

        int events() {
            return FIXED + 2 * proposals + hidden(proposals) + votes + withdrawn(votes);
        }

        private static int hidden(int proposals) {
            return (proposals + 17) / 25; // p % 25 == 7
        }

        private static int withdrawn(int votes) {
            return (votes + 66) / 70; // v % 70 == 3
        }
    }

    private final KafkaProducer<String, CloudEvent> producer;
    private final Shape shape;
    private final Map<String, Long> sequences = new HashMap<>();
    private long written;
    private OffsetDateTime clock = START;

    private SampleEvents(KafkaProducer<String, CloudEvent> producer, Shape shape) {
        this.producer = producer;
        this.shape = shape;
    }

    /** Writes {@code collectivities} members' years, printing the progress; returns the events written. */
    static long write(String bootstrapServers, int collectivities, Shape shape) {
        long start = System.nanoTime();
        try (KafkaProducer<String, CloudEvent> producer = producer(bootstrapServers)) {
            SampleEvents events = new SampleEvents(producer, shape);
            for (int c = 0; c < collectivities; c++) {
                events.collectivity(c);
                if ((c + 1) % 100 == 0) {
                    System.out.printf("  generated %,d events (%d collectivities)%n", events.written, c + 1);
                }
            }
            producer.flush();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("generated %,d events into Kafka in %.1f s (%,.0f events/s)%n", events.written, seconds,
                    events.written / seconds);
            return events.written;
        }
    }

    static String member(int c) {
        return "commune-" + c;
    }

    /** One collectivity's year: membership, co-creation with proposals and votes, a program. */
    private void collectivity(int c) {
        String id = member(c);
        send(id, id, new CollectivityRegisteredEvent(id, CollectivityKind.COMMUNE, "جماعة " + c, "Commune " + c, null,
                "region-" + (c % 12), "Province " + (c % 75)));
        send(id, id, new AdmissionDecidedEvent(id, AdmissionDecision.ADMITTED, LocalDate.of(2024, 4, 25), Map.of()));
        send(id, id, new CharterSignedEvent(id, LocalDate.of(2024, 5, 2), "president"));

        String process = id + "-2025";
        send(id, process, new CoCreationProcessOpenedEvent(process, id, "برنامج الانفتاح", "2025-2026"));
        List<String> stations = new ArrayList<>();
        for (int s = 0; s < 6; s++) {
            String station = process + "-s" + s;
            stations.add(station);
            LocalDate on = LocalDate.of(2025, 2 + s, 10);
            send(id, process, new StationPlannedEvent(process, station, StationKind.values()[s % StationKind.values().length],
                    "محطة " + s, on, on, "Salle communale", List.of()));
            send(id, process, new StationHeldEvent(process, station));
            send(id, process, new AttendanceRecordedEvent(process, station, 20 + s, 30 + s, 2,
                    Map.of(ParticipantCategory.CITIZENS, 40, ParticipantCategory.CIVIL_SOCIETY_ASSOCIATIONS, 12 + 2 * s), 10));
        }
        List<ConsultationItem> items = new ArrayList<>();
        for (int p = 0; p < shape.proposals(); p++) {
            String proposal = process + "-p" + p;
            send(id, proposal, new ProposalSubmittedEvent(proposal, process, id,
                    p % 3 == 0 ? ProposalChannel.DIGITAL_PLATFORM : ProposalChannel.IN_PERSON,
                    p % 3 == 0 ? null : stations.get(p % 6), sealed(proposal, "اقتراح رقم " + p),
                    sealed(proposal, "تهيئة الحي والمساحات الخضراء " + p), null, null, "p-citizen-" + c + "-" + p, null));
            ReviewDecision decision = p % 4 == 0 ? ReviewDecision.RETAINED
                    : p % 4 == 1 ? ReviewDecision.NOT_RETAINED : ReviewDecision.UNDER_STUDY;
            send(id, proposal, new ProposalReviewedEvent(proposal, decision, null));
            if (p % 25 == 7) {
                send(id, proposal, new ProposalHiddenEvent(proposal));
            }
            if (decision == ReviewDecision.RETAINED && items.size() < 10) {
                items.add(new ConsultationItem("i" + items.size(), proposal, "اقتراح رقم " + p));
            }
        }
        send(id, process, new ProcessPhaseChangedEvent(process, ProcessPhase.CONSULTATION, LocalDate.of(2025, 9, 1)));
        String consultation = process + "-vote";
        send(id, consultation, new ConsultationOpenedEvent(consultation, process, id, "التصويت على المقترحات", items,
                START.toInstant(), START.plusDays(30).toInstant()));
        for (int v = 0; v < shape.votes(); v++) {
            String item = items.get(v % items.size()).itemId();
            String ballot = "b-" + c + "-" + (v / items.size());
            String subject = consultation + ":" + item + ":" + ballot;
            send(id, subject, new VoteCastEvent(consultation, item, ballot, v % 3 == 0 ? VoteChoice.AGAINST : VoteChoice.FOR));
            if (v % 70 == 3) {
                send(id, subject, new VoteWithdrawnEvent(consultation, item, ballot));
            }
        }
        for (int s = 0; s < 2; s++) {
            send(id, consultation, new InPersonTallyRecordedEvent(consultation, stations.get(s),
                    items.stream().map(i -> new InPersonTallyRecordedEvent.ItemTally(i.itemId(), 12, 3)).toList()));
        }
        send(id, process, new ProcessPhaseChangedEvent(process, ProcessPhase.CLOSED, LocalDate.of(2025, 10, 1)));

        String program = id + "-2025-2026";
        send(id, program, new ProgramDraftedEvent(program, id, "برنامج عمل الانفتاح", 2025, 2026));
        for (int a = 1; a <= 4; a++) {
            send(id, program, new AxisAddedEvent(program, a, "المحور " + a, "Axe " + a));
        }
        for (int n = 1; n <= 10; n++) {
            send(id, program, new ProjectAddedEvent(program, n, 1 + (n - 1) % 4, "مشروع " + n, "Projet " + n,
                    new BigDecimal("22.5"), new BigDecimal(n * 750_000 + ".00"),
                    new Funding(Funding.FundingKind.OWN, List.of(), List.of()), List.of(), null, List.of()));
        }
        send(id, program, new ProgramPutToConsultationEvent(program, LocalDate.of(2025, 9, 1)));
        send(id, program, new ProgramAdoptedEvent(program, "دورة أكتوبر 2025", LocalDate.of(2025, 10, 6), null,
                new BigDecimal("41250000.00")));
        send(id, program, new ProgramExecutionStartedEvent(program, LocalDate.of(2025, 11, 3)));
        for (int n = 1; n <= 3; n++) {
            send(id, program, new ProjectRevisedEvent(program, n, LocalDate.of(2026, 1, 15),
                    new BigDecimal(n * 800_000 + ".00"), null, null, null, false));
        }
        for (int n = 1; n <= 10; n++) {
            send(id, program, new ProgressReportedEvent(program, n, LocalDate.of(2026, 3, 31),
                    n % 4 == 0 ? ProjectStatus.DELAYED : ProjectStatus.IN_PROGRESS, new BigDecimal(5 * n), null, null));
        }
    }

    private void send(String collectivity, String subject, Record payload) {
        long sequence = sequences.merge(subject, 1L, Long::sum) - 1;
        clock = clock.plusSeconds(7);
        CloudEvent event = CloudEventBuilder.v1()
                .withId(UUID.randomUUID().toString())
                .withSource(URI.create("/remacto/bench"))
                .withType(PublishedLanguage.typeOf(payload.getClass()))
                .withSubject(subject)
                .withTime(clock)
                .withData("application/json", EventJson.write(payload))
                .withExtension("actor", "bench-operator")
                .withExtension("actorrole", "NETWORK_OPERATOR")
                .withExtension("collectivity", collectivity)
                .withExtension("sequence", sequence)
                .build();
        producer.send(new ProducerRecord<>(PublishedLanguage.topicOf(payload.getClass()), subject, event));
        written++;
    }

    private static KafkaProducer<String, CloudEvent> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class,
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024,
                ProducerConfig.BUFFER_MEMORY_CONFIG, 128L * 1024 * 1024,
                ProducerConfig.ACKS_CONFIG, "1"));
    }

    /**
     * Text as proposals-service seals it, as far as reporting can tell: the key id and a ciphertext
     * of the same length (nonce, text, tag); reporting never opens it.
     */
    private static SealedText sealed(String proposal, String text) {
        byte[] bytes = new byte[12 + text.getBytes(StandardCharsets.UTF_8).length + 16];
        ThreadLocalRandom.current().nextBytes(bytes);
        return new SealedText("proposal:" + proposal, Base64.getEncoder().encodeToString(bytes));
    }
}
