package ma.remacto.chain.verifier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;

/** The links reporting-service serves: {@code GET /api/chain} and {@code GET /api/chain/links}, page by page. */
final class ReportingLinks implements ExpectedChain {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PAGE = 500;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;

    ReportingLinks(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    @Override
    public String name() {
        return "reporting link";
    }

    @Override
    public boolean everyOffset() {
        return true;
    }

    @Override
    public Map<Integer, Long> heads(String topic) {
        Map<Integer, Long> heads = new HashMap<>();
        String after = null;
        do {
            JsonNode page = get("/api/chain?limit=" + PAGE + (after == null ? "" : "&after=" + encode(after)));
            for (JsonNode head : page.path("items")) {
                if (topic.equals(head.path("topic").asText())) {
                    heads.put(head.path("partition").asInt(), head.path("offset").asLong());
                }
            }
            after = page.path("next").isTextual() ? page.path("next").asText() : null;
        } while (after != null);
        return heads;
    }

    @Override
    public Iterator<Link> links(String topic, int partition) {
        return new Iterator<>() {
            private final Deque<Link> page = new ArrayDeque<>();
            private Long from = 0L;

            @Override
            public boolean hasNext() {
                if (page.isEmpty() && from != null) {
                    JsonNode links = get("/api/chain/links?topic=" + encode(topic) + "&partition=" + partition
                            + "&from=" + from + "&limit=" + PAGE);
                    links.path("items").forEach(link ->
                            page.add(new Link(link.path("offset").asLong(), link.path("hash").asText())));
                    from = links.path("next").isTextual() ? Long.valueOf(links.path("next").asText()) : null;
                }
                return !page.isEmpty();
            }

            @Override
            public Link next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.poll();
            }
        };
    }

    /** The JSON answer of a path; an empty list for a partition reporting has not chained (404). */
    private JsonNode get(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json").GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404 && path.startsWith("/api/chain/links")) {
                return JSON.createObjectNode();
            }
            if (response.statusCode() != 200) {
                throw new Unreachable("GET " + baseUrl + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new Unreachable("cannot read " + baseUrl + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable("interrupted", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
