package ma.remacto.kit.documents;

import java.util.Arrays;
import java.util.Optional;

/** The file types a public document may have, each recognised by its first bytes, not by its name. */
public enum DocumentType {
    PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
    JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});

    private final String mediaType;
    private final String extension;
    private final byte[] signature;

    DocumentType(String mediaType, String extension, byte[] signature) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.signature = signature;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The type of this media type, parameters such as {@code charset} aside. */
    public static Optional<DocumentType> of(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String bare = mediaType.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
        return Arrays.stream(values()).filter(type -> type.mediaType.equals(bare)).findFirst();
    }

    /** True when the content starts as a file of this type does. */
    boolean matches(byte[] content) {
        return content.length >= signature.length
                && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }
}
