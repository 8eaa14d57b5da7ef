package ma.remacto.kit.documents;

import ma.remacto.kit.web.ApiException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentPolicyTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final DocumentPolicy policy = new DocumentPolicy(DataSize.ofKilobytes(1));

    @Test
    void aPdfThatSaysSoIsAccepted() {
        assertThat(policy.check("application/pdf", PDF)).isEqualTo(DocumentType.PDF);
        assertThat(policy.check("Application/PDF; name=x.pdf", PDF)).isEqualTo(DocumentType.PDF);
    }

    @Test
    void imagesAreRecognisedByTheirFirstBytes() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0};
        byte[] jpeg = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0};
        assertThat(policy.check("image/png", png)).isEqualTo(DocumentType.PNG);
        assertThat(policy.check("image/jpeg", jpeg)).isEqualTo(DocumentType.JPEG);
        assertRefused(() -> policy.check("image/png", jpeg), HttpStatus.BAD_REQUEST, "document-type-mismatch");
    }

    @Test
    void contentThatIsNotWhatItSaysIsRefused() {
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertRefused(() -> policy.check("application/pdf", html), HttpStatus.BAD_REQUEST, "document-type-mismatch");
    }

    @Test
    void typesOutsideTheListAreRefused() {
        assertRefused(() -> policy.check("text/html", PDF), HttpStatus.BAD_REQUEST, "unsupported-document-type");
        assertRefused(() -> policy.check(null, PDF), HttpStatus.BAD_REQUEST, "unsupported-document-type");
        assertRefused(() -> policy.check("application/octet-stream", PDF), HttpStatus.BAD_REQUEST,
                "unsupported-document-type");
    }

    @Test
    void emptyAndOversizeDocumentsAreRefused() {
        assertRefused(() -> policy.check("application/pdf", new byte[0]), HttpStatus.BAD_REQUEST, "empty-document");
        byte[] big = new byte[1025];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertRefused(() -> policy.check("application/pdf", big), HttpStatus.CONTENT_TOO_LARGE, "document-too-large");
    }

    @Test
    void fileNamesKeepOnlyTheirLastSegmentAndNoControlCharacters() {
        assertThat(DocumentStore.fileName("../../etc/passwd", DocumentType.PDF)).isEqualTo("passwd");
        assertThat(DocumentStore.fileName("C:\\minutes\\محضر.pdf", DocumentType.PDF)).isEqualTo("محضر.pdf");
        assertThat(DocumentStore.fileName("a\r\nb\".pdf", DocumentType.PDF)).isEqualTo("ab.pdf");
        assertThat(DocumentStore.fileName(null, DocumentType.JPEG)).isEqualTo("document.jpg");
        assertThat(DocumentStore.fileName("..", DocumentType.PDF)).isEqualTo("document.pdf");
    }

    private static void assertRefused(Runnable check, HttpStatus status, String code) {
        assertThatThrownBy(check::run).isInstanceOfSatisfying(ApiException.class, refused -> {
            assertThat(refused.status()).isEqualTo(status);
            assertThat(refused.code()).isEqualTo(code);
        });
    }
}
