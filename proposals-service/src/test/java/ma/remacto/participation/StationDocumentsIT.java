package ma.remacto.participation;

import com.fasterxml.jackson.databind.JsonNode;
import ma.remacto.kit.membership.Membership;
import ma.remacto.testkit.Api;
import ma.remacto.testkit.NetworkEvents;
import ma.remacto.testkit.RealInfrastructureTest;
import ma.remacto.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A station's public documents: attached by its collectivity's admin, downloaded by anyone, checked first. */
@RealInfrastructureTest
class StationDocumentsIT {

    private static final String ADMIN = TestTokens.adminOf("tiflet");
    private static final String STATION = "/api/processes/tiflet-2025/stations/workshop";
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Membership membership;

    @Test
    void aStationsMinutesAreDownloadedByAnyoneAndABadFileRecordsNothing() throws Exception {
        Api api = Api.at(port);
        Http http = new Http(port);
        NetworkEvents.admit("tiflet", membership);
        assertThat(api.post("/api/processes", ADMIN, """
                {"id":"tiflet-2025","collectivityId":"tiflet","title":"برنامج عمل الانفتاح","cycle":"2025"}""").status())
                .isEqualTo(201);
        assertThat(api.post("/api/processes/tiflet-2025/stations", ADMIN, """
                {"id":"workshop","kind":"CO_CREATION_WORKSHOP","title":"ورشة الإعداد المشترك","startsOn":"2025-03-18"}""")
                .status()).isEqualTo(201);

        String upload = STATION + "/documents?kind=MINUTES&title=" + URLEncoder.encode("محضر الورشة", StandardCharsets.UTF_8)
                + "&fileName=minutes.pdf";
        Http.Answer attached = http.file(upload, ADMIN, "application/pdf", PDF);
        assertThat(attached.status()).as(attached.body()).isEqualTo(201);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
        assertThat(attached.json().path("sha256").asText()).isEqualTo(sha256);
        assertThat(attached.json().path("kind").asText()).isEqualTo("MINUTES");
        String documentId = attached.json().path("documentId").asText();
        assertThat(attached.header("Location")).contains(STATION + "/documents/" + documentId);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode documents = api.get(STATION).json().path("documents");
            assertThat(documents).hasSize(1);
            assertThat(documents.get(0).path("documentId").asText()).isEqualTo(documentId);
            assertThat(documents.get(0).path("title").asText()).isEqualTo("محضر الورشة");
            assertThat(documents.get(0).path("sha256").asText()).isEqualTo(sha256);
        });
        Http.Download download = http.download(STATION + "/documents/" + documentId);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(download.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(download.headers().firstValue("ETag")).contains("\"" + sha256 + "\"");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");

        Http.Download unknown = http.download(STATION + "/documents/no-such-document");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(http.download("/api/processes/tiflet-2025/stations/other/documents/" + documentId).status())
                .as("a document of another station is not found here").isEqualTo(404);

        refused(http.file(upload, ADMIN, "application/pdf", new byte[0]), 400, "empty-document");
        refused(http.file(upload, ADMIN, "image/png", PDF), 400, "document-type-mismatch");
        refused(http.file(upload, ADMIN, "text/plain", "minutes".getBytes(StandardCharsets.UTF_8)), 400,
                "unsupported-document-type");
        byte[] large = Arrays.copyOf(PDF, 5 * 1024 * 1024 + 1);
        // the service's body limit (the documents' maximum) refuses it from its declared length, unread
        refused(http.file(upload, ADMIN, "application/pdf", large), 413, "payload-too-large");
        refused(http.file("/api/processes/tiflet-2025/stations/nowhere/documents?kind=MINUTES", ADMIN,
                "application/pdf", PDF), 404, "not-found");
        assertThat(http.file(upload, TestTokens.citizen("tiflet-citizen-nora"), "application/pdf", PDF).status())
                .isEqualTo(403);
        assertThat(http.file(upload, TestTokens.adminOf("khemisset"), "application/pdf", PDF).status())
                .isEqualTo(403);

        assertThat(jdbc.sql("SELECT count(*) FROM document WHERE owner_kind = 'station' AND owner_id LIKE 'tiflet-2025/%'")
                .query(Long.class).single()).as("refused files, and the file of a refused command, are not kept")
                .isEqualTo(1);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM domainevententry
                        WHERE aggregateidentifier = 'tiflet-2025'
                          AND payloadtype = 'ma.remacto.events.participation.StationDocumentAttachedEvent'""")
                .query(Long.class).single()).isEqualTo(1);
    }

    private static void refused(Http.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(answer.json().path("code").asText()).isEqualTo(code);
    }
}
