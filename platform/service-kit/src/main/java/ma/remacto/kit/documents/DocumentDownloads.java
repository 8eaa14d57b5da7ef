package ma.remacto.kit.documents;

import ma.remacto.events.DocumentRef;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A document as anyone downloads it: its checked type, as an attachment (never rendered in the
 * platform's own origin), with its SHA-256 as the ETag and as {@code Repr-Digest}, so a client can
 * check the bytes against the event that recorded them.
 */
public final class DocumentDownloads {

    private DocumentDownloads() {
    }

    public static ResponseEntity<byte[]> download(DocumentStore.Content document) {
        DocumentRef ref = document.ref();
        String digest = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(ref.sha256()));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(ref.mediaType()))
                .contentLength(ref.size())
                .eTag("\"" + ref.sha256() + "\"")
                // a stored document never changes: a new file is a new document
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(ref.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("Repr-Digest", "sha-256=:" + digest + ":")
                .header("X-Content-Type-Options", "nosniff")
                .body(document.bytes());
    }
}
