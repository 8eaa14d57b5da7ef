package ma.remacto.kit.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What every request passes before anything else reads it: a query string and a path that decode
 * as UTF-8 and hold no NUL character, and a body no larger than its limit, refused from its
 * declared length before a byte of it is read. A body within its limit is read once and kept, so
 * authorization may look at it before binding.
 */
public class RequestHygieneFilter extends OncePerRequestFilter {

    private final BodyLimits limits;
    private final JsonMapper json;

    public RequestHygieneFilter(BodyLimits limits, JsonMapper json) {
        this.limits = limits;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> malformed = malformed(request.getRequestURI()).or(() -> malformed(request.getQueryString()));
        if (malformed.isPresent()) {
            ProblemResponses.write(response, json, HttpStatus.BAD_REQUEST, "malformed-request", malformed.get());
            return;
        }
        if (!hasBody(request)) {
            chain.doFilter(request, response);
            return;
        }
        long limit = limits.bytesFor(request.getContentType());
        if (request.getContentLengthLong() > limit) {
            tooLarge(response, limit);
            return;
        }
        byte[] body = read(request.getInputStream(), limit);
        if (body == null) {
            tooLarge(response, limit);
            return;
        }
        chain.doFilter(new BufferedBodyRequest(request, body), response);
    }

    private void tooLarge(HttpServletResponse response, long limit) throws IOException {
        response.setHeader("Connection", "close");
        ProblemResponses.write(response, json, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large",
                "the request body is larger than " + limit + " bytes");
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    /** The body, or null when it goes beyond the limit (only limit + 1 bytes are ever read). */
    private static byte[] read(InputStream in, long limit) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        return bytes.length > limit ? null : bytes;
    }

    /** Why a raw URI part is refused: a bad percent escape, bytes that are not UTF-8, or a NUL. */
    static Optional<String> malformed(String raw) {
        if (raw == null || raw.isEmpty()) {
            return Optional.empty();
        }
        ByteBuffer bytes = ByteBuffer.allocate(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0
                        || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    return Optional.of("the URL has an invalid percent escape");
                }
                bytes.put((byte) Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
            } else if (c > 0x7f) {
                return Optional.of("the URL has characters that are not percent-encoded");
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
            return decoded.indexOf('\0') >= 0 ? Optional.of("the URL holds a NUL character") : Optional.empty();
        } catch (CharacterCodingException e) {
            return Optional.of("the URL is not valid UTF-8 once decoded");
        }
    }
}
