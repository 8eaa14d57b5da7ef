package ma.remacto.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import ma.remacto.events.PublishedLanguage;
import ma.remacto.events.network.AdmissionDecidedEvent;
import ma.remacto.events.network.AdmissionDecision;
import ma.remacto.events.network.CharterSignedEvent;
import ma.remacto.events.network.CollectivityKind;
import ma.remacto.events.network.CollectivityRegisteredEvent;
import ma.remacto.events.SealedText;
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
import ma.remacto.infra.EmbeddedKafkaBroker;
import ma.remacto.infra.EmbeddedPostgresServer;
import ma.remacto.kit.kafka.EventJson;
import ma.remacto.testkit.TestTokens;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rebuild benchmark (prints figures, asserts nothing): starts a PostgreSQL and a Kafka of its own,
 * writes about a million events of a realistic mix into the three topics (members, co-creation
 * with proposals and votes, programs), runs reporting-service in a JVM of its own until its live
 * projections have taken them all, then rebuilds every projection from the topics and reports
 * the speed, whether the rebuilt tables equal the live ones, and the service's peak memory.
 *
 * <p>Arguments: [collectivities (1000)] [reporting JVM options ("-Xmx1g")].
 */
public final class RebuildBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OffsetDateTime START = OffsetDateTime.of(2025, 1, 6, 9, 0, 0, 0, ZoneOffset.UTC);

    private final KafkaProducer<String, CloudEvent> producer;
    private final Map<String, Long> sequences = new HashMap<>();
    private final AtomicLong written = new AtomicLong();
    private OffsetDateTime clock = START;

    private RebuildBenchmark(KafkaProducer<String, CloudEvent> producer) {
        this.producer = producer;
    }

    public static void main(String[] args) throws Exception {
        int collectivities = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        String jvmOptions = args.length > 1 ? args[1] : "-Xmx1g";
        Path home = Files.createTempDirectory("remacto-rebuild-bench");
        System.out.printf("rebuild benchmark: %d collectivities, reporting JVM %s, data in %s%n", collectivities, jvmOptions, home);
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(null, 0);
             EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(home.resolve("kafka"), 0)) {
            postgres.ensureDatabase("remacto_reporting");
            createTopics(kafka.bootstrapServers());

            long generated;
            long generateStart = System.nanoTime();
            try (KafkaProducer<String, CloudEvent> producer = producer(kafka.bootstrapServers())) {
                RebuildBenchmark generator = new RebuildBenchmark(producer);
                for (int c = 0; c < collectivities; c++) {
                    generator.collectivity(c);
                    if ((c + 1) % 100 == 0) {
                        System.out.printf("  generated %,d events (%d collectivities)%n", generator.written.get(), c + 1);
                    }
                }
                producer.flush();
                generated = generator.written.get();
            }
            double generateSeconds = (System.nanoTime() - generateStart) / 1e9;
            System.out.printf("generated %,d events into Kafka in %.1f s (%,.0f events/s)%n", generated, generateSeconds,
                    generated / generateSeconds);

            int port = freePort();
            Path log = home.resolve("reporting-service.log");
            List<String> command = new ArrayList<>(List.of(javaBin()));
            command.addAll(List.of(jvmOptions.trim().split("\\s+")));
            command.addAll(List.of("-Daxoniq.update-checker.disabled=true", "-jar", reportingJar().toString(),
                    "--server.port=" + port,
                    "--spring.datasource.url=" + postgres.jdbcUrl("remacto_reporting"),
                    "--spring.datasource.username=" + postgres.username(),
                    "--spring.datasource.password=" + postgres.password(),
                    "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers()));
            TestTokens.properties().forEach(property -> command.add("--" + property));
            Process reporting = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try {
                String base = "http://localhost:" + port;
                String operator = TestTokens.operator();
                HttpClient http = HttpClient.newHttpClient();
                long liveStart = System.nanoTime();
                awaitLive(http, base, operator, generated, reporting);
                double liveSeconds = (System.nanoTime() - liveStart) / 1e9;
                System.out.printf("live projections took all %,d events %.1f s after the service started (start-up included: %,.0f events/s)%n",
                        generated, liveSeconds, generated / liveSeconds);

                awaitChain(http, base, generated);

                JsonNode started = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/admin/projections/rebuild"))
                        .header("Authorization", "Bearer " + operator).POST(HttpRequest.BodyPublishers.noBody()).build(),
                        HttpResponse.BodyHandlers.ofString()).body());
                String id = started.path("rebuildId").asText();
                System.out.printf("rebuild %s started%n", id);
                JsonNode rebuild;
                while (true) {
                    Thread.sleep(2000);
                    rebuild = status(http, base, operator).path("rebuild");
                    System.out.printf("  %s: %,d of %,d records read, %,d records/s%n", rebuild.path("state").asText(),
                            rebuild.path("eventsRead").asLong(), rebuild.path("eventsTotal").asLong(),
                            rebuild.path("eventsPerSecond").asLong());
                    if (!rebuild.path("finishedAt").isNull()) {
                        break;
                    }
                }
                Duration took = Duration.between(OffsetDateTime.parse(rebuild.path("startedAt").asText()),
                        OffsetDateTime.parse(rebuild.path("finishedAt").asText()));
                long equalTables = 0;
                long tables = 0;
                long rows = 0;
                for (JsonNode table : rebuild.path("tables")) {
                    tables++;
                    rows += table.path("rebuiltRows").asLong();
                    if (table.path("equal").asBoolean()) {
                        equalTables++;
                    }
                }
                System.out.println();
                System.out.println("=== rebuild of every projection ===");
                System.out.printf("state:             %s (%s)%n", rebuild.path("state").asText(), rebuild.path("message").asText());
                System.out.printf("records replayed:  %,d (%,d applied)%n", rebuild.path("eventsRead").asLong(),
                        rebuild.path("eventsApplied").asLong());
                System.out.printf("duration:          %.1f s (fresh tables, replay, indexes, checksums, swap)%n", took.toMillis() / 1000.0);
                System.out.printf("speed:             %,.0f events/s overall%n", rebuild.path("eventsRead").asLong() * 1000.0 / took.toMillis());
                System.out.printf("tables equal:      %d of %d (%,d rows)%n", equalTables, tables, rows);
                System.out.printf("reporting memory:  peak resident %,d MB, now %,d MB (JVM %s)%n",
                        memoryKb(reporting.pid(), "VmHWM") / 1024, memoryKb(reporting.pid(), "VmRSS") / 1024, jvmOptions);
                System.out.printf("service log:       %s%n", log);
            } finally {
                reporting.destroy();
                reporting.waitFor();
            }
        }
    }

    /** One collectivity's year: membership, co-creation with proposals and votes, a program. */
    private void collectivity(int c) {
        String id = "commune-" + c;
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
        for (int p = 0; p < 120; p++) {
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
        for (int v = 0; v < 700; v++) {
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
        written.incrementAndGet();
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

    private static void createTopics(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic("remacto.network.v1", 3, (short) 1),
                    new NewTopic("remacto.participation.v1", 3, (short) 1),
                    new NewTopic("remacto.programs.v1", 3, (short) 1))).all().get();
        }
    }

    private static void awaitLive(HttpClient http, String base, String operator, long events, Process reporting)
            throws Exception {
        long last = -1;
        while (true) {
            if (!reporting.isAlive()) {
                throw new IllegalStateException("reporting-service ended with " + reporting.exitValue());
            }
            Thread.sleep(2000);
            JsonNode status;
            try {
                status = status(http, base, operator);
            } catch (IOException e) {
                continue; // still starting
            }
            long applied = 0;
            for (JsonNode position : status.path("positions")) {
                applied += position.path("position").asLong();
            }
            if (applied != last) {
                System.out.printf("  live projections: %,d of %,d events%n", applied, events);
                last = applied;
            }
            if (applied >= events) {
                return;
            }
        }
    }

    /** Waits until the hash chain has taken every record too, so that the rebuild runs alone. */
    private static void awaitChain(HttpClient http, String base, long events) throws Exception {
        long start = System.nanoTime();
        while (true) {
            JsonNode heads = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/chain?limit=100")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            long chained = 0;
            for (JsonNode head : heads.path("items")) {
                chained += head.path("count").asLong();
            }
            if (chained >= events) {
                System.out.printf("hash chain took all %,d records %.1f s later%n", chained, (System.nanoTime() - start) / 1e9);
                return;
            }
            Thread.sleep(2000);
        }
    }

    private static JsonNode status(HttpClient http, String base, String operator) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/admin/projections"))
                .header("Authorization", "Bearer " + operator).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("status " + response.statusCode());
        }
        return JSON.readTree(response.body());
    }

    private static long memoryKb(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux, or the process has ended
        }
        return -1;
    }

    private static Path reportingJar() {
        Path jar = Path.of("reporting-service/target/reporting-service.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("build reporting-service first: " + jar.toAbsolutePath() + " is missing");
        }
        return jar;
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
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
