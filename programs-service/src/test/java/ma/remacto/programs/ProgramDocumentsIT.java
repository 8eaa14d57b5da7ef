package ma.remacto.programs;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import ma.remacto.events.Topics;
import ma.remacto.kit.membership.Membership;
import ma.remacto.testkit.Api;
import ma.remacto.testkit.NetworkEvents;
import ma.remacto.testkit.RealInfrastructureTest;
import ma.remacto.testkit.TestTokens;
import ma.remacto.testkit.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Documents of a program and of its progress reports on real PostgreSQL and Kafka: the bytes and
 * the event commit together, a refused file or command leaves neither, and anyone downloads them.
 */
@RealInfrastructureTest
@TestPropertySource(properties = "remacto.test.database=program-documents")
class ProgramDocumentsIT {

    private static final String PROGRAM = "temara-docs-2025-2026";
    private static final String BASE = "/api/programs/" + PROGRAM;
    private static final String ADMIN = TestTokens.adminOf("temara");
    private static final byte[] PDF = "%PDF-1.7\n% برنامج عمل الانفتاح\n".getBytes(StandardCharsets.UTF_8);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Membership membership;

    @BeforeEach
    void temaraIsAMember() throws Exception {
        NetworkEvents.admit("temara", membership);
    }

    @Test
    void documentsAreAttachedListedDownloadedAndPublishedAndABadOneRecordsNothing() throws Exception {
        ok(Api.at(port).post("/api/programs", ADMIN, """
                {"id":"%s","collectivityId":"temara","title":"برنامج عمل الانفتاح","startYear":2025,"endYear":2026}"""
                .formatted(PROGRAM)));
        ok(upload(BASE + "/matrix", ADMIN, "text/csv", seedMatrix()));

        Api.Response draftPdf = upload(BASE + "/documents?kind=PROGRAM&title=" + encoded("برنامج عمل الانفتاح")
                + "&fileName=pao.pdf", ADMIN, "application/pdf", PDF);
        assertThat(draftPdf.status()).as(draftPdf.raw()).isEqualTo(201);
        String programPdf = draftPdf.json().path("documentId").asText();
        assertThat(draftPdf.json().path("sha256").asText()).isEqualTo(sha256(PDF));

        long events = storedEvents();
        long documents = documentRows();
        Api.Response mismatch = upload(BASE + "/documents?kind=PROGRAM", ADMIN, "image/png", PDF);
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.contentType()).startsWith("application/problem+json");
        assertThat(mismatch.json().path("code").asText()).isEqualTo("document-type-mismatch");
        byte[] large = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        Api.Response tooLarge = upload(BASE + "/documents?kind=PROGRAM", ADMIN, "application/pdf", large);
        assertThat(tooLarge.status()).as("refused from its declared length, before it is read").isEqualTo(413);
        assertThat(tooLarge.contentType()).startsWith("application/problem+json");
        Api.Response noSuchReport = upload(BASE + "/documents?kind=REPORT&project=3&progressAsOf=2025-06-30", ADMIN,
                "application/pdf", PDF);
        assertThat(noSuchReport.status()).as(noSuchReport.raw()).isEqualTo(404);
        assertThat(noSuchReport.contentType()).startsWith("application/problem+json");
        assertThat(storedEvents()).as("no event after a refusal").isEqualTo(events);
        assertThat(documentRows()).as("no stored bytes after a refusal, the refused command's included")
                .isEqualTo(documents);

        ok(Api.at(port).post(BASE + "/consultation", ADMIN, "{\"on\":\"2024-09-02\"}"));
        ok(Api.at(port).post(BASE + "/adoption", TestTokens.operator(),
                "{\"session\":\"الدورة العادية لشهر أكتوبر 2024\",\"adoptedOn\":\"2024-10-07\",\"deliberationRef\":\"م-12\"}"));
        ok(Api.at(port).post(BASE + "/projects/3/progress", ADMIN,
                "{\"asOf\":\"2025-06-30\",\"status\":\"IN_PROGRESS\",\"percent\":50}"));
        Api.Response deliberation = upload(BASE + "/documents?kind=DELIBERATION&fileName=" + encoded("مقرر.pdf"),
                TestTokens.operator(), "application/pdf", PDF);
        assertThat(deliberation.status()).as(deliberation.raw()).isEqualTo(201);
        String deliberationId = deliberation.json().path("documentId").asText();
        Api.Response report = upload(BASE + "/documents?kind=REPORT&project=3&progressAsOf=2025-06-30", ADMIN,
                "application/pdf", PDF);
        assertThat(report.status()).as(report.raw()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode list = Api.at(port).get(BASE + "/documents").json().path("items");
            assertThat(list.findValuesAsText("kind")).containsExactly("PROGRAM", "DELIBERATION", "REPORT");
            assertThat(list.get(0).path("title").asText()).isEqualTo("برنامج عمل الانفتاح");
            assertThat(list.get(0).path("projectNumber").isNull()).isTrue();
            assertThat(list.get(2).path("projectNumber").asInt()).isEqualTo(3);
            assertThat(list.get(2).path("progressAsOf").asText()).isEqualTo("2025-06-30");
            JsonNode program = Api.at(port).get(BASE).json();
            assertThat(program.path("documents")).hasSize(3);
            assertThat(program.path("adoption").path("deliberationRef").asText()).isEqualTo("م-12");
            assertThat(program.path("adoption").path("deliberationDocumentId").asText()).isEqualTo(deliberationId);
        });

        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + BASE + "/documents/" + programPdf)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).as("anyone downloads, without a token").isEqualTo(200);
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("ETag")).hasValue("\"" + sha256(PDF) + "\"");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).contains("pao.pdf");
        assertThat(Api.at(port).get("/api/programs/another/documents/" + programPdf).status())
                .as("a document is downloaded only from its own program").isEqualTo(404);
        assertThat(Api.at(port).get(BASE + "/documents/no-such-document").status()).isEqualTo(404);

        List<ConsumerRecord<String, CloudEvent>> records = TopicReader.readUntil(Topics.PROGRAMS,
                Duration.ofSeconds(30), read -> read.stream().filter(r -> PROGRAM.equals(r.key()))
                        .filter(r -> r.value().getType().equals("ma.remacto.programs.ProgramDocumentAttached.v1"))
                        .count() == 3);
        String reportEvent = records.stream().filter(r -> PROGRAM.equals(r.key()))
                .map(ConsumerRecord::value)
                .filter(e -> e.getType().equals("ma.remacto.programs.ProgramDocumentAttached.v1"))
                .map(e -> new String(e.getData().toBytes(), StandardCharsets.UTF_8))
                .filter(data -> data.contains("\"REPORT\"")).findFirst().orElseThrow();
        assertThat(reportEvent).contains("\"projectNumber\":3").contains("\"progressAsOf\":\"2025-06-30\"")
                .contains("\"sha256\":\"" + sha256(PDF) + "\"");
    }

    private long storedEvents() {
        return jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
    }

    private long documentRows() {
        return jdbc.sql("SELECT count(*) FROM document").query(Long.class).single();
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.raw()).isBetween(200, 201);
    }

    private static String encoded(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static byte[] seedMatrix() throws Exception {
        try (InputStream in = ProgramDocumentsIT.class.getResourceAsStream("/seeds/temara-2025-2026-matrix.csv")) {
            return in.readAllBytes();
        }
    }

    private Api.Response upload(String path, String token, String contentType, byte[] body) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", contentType)
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Api.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                null, response.body());
    }
}
