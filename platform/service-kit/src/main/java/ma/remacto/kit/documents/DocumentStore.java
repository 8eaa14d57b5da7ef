package ma.remacto.kit.documents;

import ma.remacto.events.DocumentKind;
import ma.remacto.events.DocumentRef;
import ma.remacto.kit.domain.InvalidCommand;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The service's public documents, in its own database (table {@code document}, Flyway location
 * {@code classpath:db/documents}). Store a document in the transaction of the command whose event
 * names it: both commit, or neither does.
 */
public class DocumentStore {

    private static final int MAX_TITLE = 300;
    private static final int MAX_FILE_NAME = 200;

    private final JdbcClient jdbc;

    public DocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A document and the bytes it was stored with. */
    public record Content(DocumentRef ref, String ownerKind, String ownerId, byte[] bytes) {
    }

    /** Stores checked content for an owner (e.g. {@code program}, {@code temara-2025-2026}) and names it. */
    public DocumentRef store(String ownerKind, String ownerId, DocumentKind kind, String title, String fileName,
                             DocumentType type, byte[] bytes) {
        if (kind == null) {
            throw new InvalidCommand("document-kind-required", "a document's kind is one of "
                    + List.of(DocumentKind.values()));
        }
        String name = fileName(fileName, type);
        String shownTitle = title == null || title.isBlank() ? name : title.strip();
        if (shownTitle.length() > MAX_TITLE) {
            throw new InvalidCommand("document-title-too-long", "a document's title has at most " + MAX_TITLE + " characters");
        }
        DocumentRef ref = new DocumentRef(UUID.randomUUID().toString(), kind, shownTitle, name, type.mediaType(),
                bytes.length, sha256(bytes));
        jdbc.sql("""
                        INSERT INTO document (document_id, owner_kind, owner_id, kind, title, file_name, media_type, size, sha256, content)
                        VALUES (:id, :ownerKind, :ownerId, :kind, :title, :fileName, :mediaType, :size, :sha256, :content)""")
                .param("id", ref.documentId()).param("ownerKind", ownerKind).param("ownerId", ownerId)
                .param("kind", kind.name()).param("title", ref.title()).param("fileName", ref.fileName())
                .param("mediaType", ref.mediaType()).param("size", ref.size()).param("sha256", ref.sha256())
                .param("content", bytes)
                .update();
        return ref;
    }

    public Optional<Content> find(String documentId) {
        return jdbc.sql("""
                        SELECT document_id, owner_kind, owner_id, kind, title, file_name, media_type, size, sha256, content
                        FROM document WHERE document_id = :id""")
                .param("id", documentId)
                .query((row, n) -> new Content(new DocumentRef(row.getString("document_id"),
                        DocumentKind.valueOf(row.getString("kind")), row.getString("title"), row.getString("file_name"),
                        row.getString("media_type"), row.getLong("size"), row.getString("sha256")),
                        row.getString("owner_kind"), row.getString("owner_id"), row.getBytes("content")))
                .optional();
    }

    /** The last path segment, without control characters, never empty; the type's extension when none is given. */
    static String fileName(String given, DocumentType type) {
        String name = given == null ? "" : given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "document." + type.extension();
        }
        return name.length() > MAX_FILE_NAME ? name.substring(name.length() - MAX_FILE_NAME) : name;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
