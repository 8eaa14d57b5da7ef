package ma.remacto.gateway.hygiene;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Why a raw request target is refused: a bad percent escape, bytes that are not UTF-8, or a NUL. */
final class MalformedUrls {

    private MalformedUrls() {
    }

    /** The request target as sent ({@code /path?query}); empty when it is well-formed. */
    static Optional<String> why(String target) {
        int query = target.indexOf('?');
        return query < 0 ? why(target, "path") : why(target.substring(0, query), "path")
                .or(() -> why(target.substring(query + 1), "query"));
    }

    private static Optional<String> why(String raw, String part) {
        ByteBuffer bytes = ByteBuffer.allocate(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0
                        || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    return Optional.of("the URL's " + part + " has an invalid percent escape");
                }
                bytes.put((byte) Integer.parseInt(raw, i + 1, i + 3, 16));
                i += 2;
            } else if (c > 0x7f) {
                return Optional.of("the URL's " + part + " has characters that are not percent-encoded");
            } else {
                bytes.put((byte) c);
            }
        }
        bytes.flip();
        try {
            String decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes).toString();
            return decoded.indexOf('\0') >= 0
                    ? Optional.of("the URL's " + part + " holds a NUL character")
                    : Optional.empty();
        } catch (CharacterCodingException e) {
            return Optional.of("the URL's " + part + " is not valid UTF-8 once decoded");
        }
    }
}
