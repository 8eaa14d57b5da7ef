package ma.remacto.kit.documents;

import ma.remacto.events.DocumentKind;
import ma.remacto.events.DocumentRef;
import ma.remacto.infra.EmbeddedPostgresServer;
import ma.remacto.kit.domain.InvalidCommand;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The document table on a real PostgreSQL, migrated by the service kit's own migration. */
class DocumentStoreIT {

    private static EmbeddedPostgresServer postgres;
    private static DocumentStore store;

    @BeforeAll
    static void migrate() {
        postgres = EmbeddedPostgresServer.start(null, 0);
        postgres.ensureDatabase("documents");
        DriverManagerDataSource dataSource = new DriverManagerDataSource(postgres.jdbcUrl("documents"),
                postgres.username(), postgres.password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/documents").load().migrate();
        store = new DocumentStore(JdbcClient.create(dataSource));
    }

    @AfterAll
    static void stop() {
        postgres.close();
    }

    @Test
    void aStoredDocumentComesBackByteForByteWithItsDigest() throws Exception {
        byte[] pdf = DocumentPolicyTest.PDF;
        DocumentRef ref = store.store("program", "temara-2025-2026", DocumentKind.DELIBERATION, " مقرر المصادقة ",
                "deliberation.pdf", DocumentType.PDF, pdf);

        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertThat(ref.sha256()).isEqualTo(expected);
        assertThat(ref.size()).isEqualTo(pdf.length);
        assertThat(ref.title()).isEqualTo("مقرر المصادقة");
        DocumentStore.Content found = store.find(ref.documentId()).orElseThrow();
        assertThat(found.bytes()).isEqualTo(pdf);
        assertThat(found.ref()).isEqualTo(ref);
        assertThat(found.ownerId()).isEqualTo("temara-2025-2026");

        ResponseEntity<byte[]> download = DocumentDownloads.download(found);
        assertThat(download.getHeaders().getContentType()).hasToString("application/pdf");
        assertThat(download.getHeaders().getETag()).isEqualTo("\"" + expected + "\"");
        assertThat(download.getHeaders().getFirst("Repr-Digest"))
                .isEqualTo("sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(expected)) + ":");
        assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;");
        assertThat(download.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void aDocumentWithoutATitleIsShownByItsFileName() {
        DocumentRef ref = store.store("station", "s-1", DocumentKind.MINUTES, "  ", null, DocumentType.PDF,
                DocumentPolicyTest.PDF);
        assertThat(ref.title()).isEqualTo("document.pdf");
    }

    @Test
    void anUnknownDocumentIsAbsentAndAKindIsRequired() {
        assertThat(store.find("no-such-document")).isEmpty();
        assertThatThrownBy(() -> store.store("station", "s-1", null, "x", "x.pdf", DocumentType.PDF, DocumentPolicyTest.PDF))
                .isInstanceOf(InvalidCommand.class);
    }
}
