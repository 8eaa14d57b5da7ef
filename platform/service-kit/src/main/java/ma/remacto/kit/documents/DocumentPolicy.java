package ma.remacto.kit.documents;

import ma.remacto.kit.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What an uploaded document must be: not empty, within {@code remacto.documents.max-size}, of an
 * accepted type, and truly of the type it declares (its first bytes are checked). A refusal is a
 * problem answer, 400 or 413, and nothing is stored.
 */
public class DocumentPolicy {

    private final DataSize maxSize;

    public DocumentPolicy(DataSize maxSize) {
        this.maxSize = maxSize;
    }

    /** The checked type of the content, or the refusal. */
    public DocumentType check(String declaredMediaType, byte[] content) {
        if (content == null || content.length == 0) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "empty-document", "the document has no content");
        }
        if (content.length > maxSize.toBytes()) {
            throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "document-too-large",
                    "a document may have at most " + maxSize.toBytes() + " bytes; this one has " + content.length);
        }
        DocumentType type = DocumentType.of(declaredMediaType).orElseThrow(() -> new ApiException(HttpStatus.BAD_REQUEST,
                "unsupported-document-type", "Content-Type " + declaredMediaType + " is not accepted for a document; send "
                + Arrays.stream(DocumentType.values()).map(DocumentType::mediaType).collect(Collectors.joining(", "))));
        if (!type.matches(content)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "document-type-mismatch",
                    "the content is not a " + type.name() + " file, as its Content-Type " + type.mediaType() + " says");
        }
        return type;
    }

    public DataSize maxSize() {
        return maxSize;
    }
}
