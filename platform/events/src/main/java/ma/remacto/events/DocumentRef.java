package ma.remacto.events;

/**
 * A public document as events name it: the file stays in the owning service's database, and the
 * event carries its SHA-256, so anyone who downloads it can check it is the file the event recorded.
 *
 * @param documentId the id to download it by
 * @param kind       what it is
 * @param title      its title, in any language
 * @param fileName   the file name it was given
 * @param mediaType  its checked media type ({@code application/pdf}, {@code image/png}, {@code image/jpeg})
 * @param size       its size in bytes
 * @param sha256     the SHA-256 of its bytes, in lowercase hexadecimal
 */
public record DocumentRef(
        String documentId,
        DocumentKind kind,
        String title,
        String fileName,
        String mediaType,
        long size,
        String sha256) {
}
