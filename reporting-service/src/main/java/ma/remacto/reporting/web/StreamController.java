package ma.remacto.reporting.web;

import ma.remacto.events.PublishedLanguage;
import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.kit.domain.NotFound;
import ma.remacto.kit.security.Allow;
import ma.remacto.kit.security.Authorized;
import ma.remacto.kit.web.Problems;
import ma.remacto.reporting.stream.EventStreams;
import ma.remacto.reporting.stream.StreamFilter;
import ma.remacto.reporting.stream.TooManyStreams;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static ma.remacto.kit.security.Role.ANALYST;
import static ma.remacto.kit.security.Role.NETWORK_OPERATOR;

/**
 * For analysts: the live event stream, and the documents that describe every event on it and on
 * the Kafka topics (the AsyncAPI document and a JSON Schema per event type).
 */
@RestController
class StreamController {

    private final EventStreams streams;

    StreamController(EventStreams streams) {
        this.streams = streams;
    }

    /**
     * The events as they are recorded, filtered by type and collectivity. A new stream starts
     * with the next event ({@code after=0} replays the trail from its start); a stream resumed
     * with {@code Last-Event-ID} goes on after that event. A caller holds a few streams at once at
     * most (on each instance); beyond that, 429 with {@code Retry-After}.
     */
    @GetMapping(path = "/api/streams/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Allow({ANALYST, NETWORK_OPERATOR})
    SseEmitter events(@RequestParam(required = false) String types,
                      @RequestParam(required = false) String collectivity,
                      @RequestParam(required = false) String after,
                      @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
                      Authorized authorized) {
        StreamFilter filter = StreamFilter.of(types, collectivity);
        long from;
        if (lastEventId != null && !lastEventId.isBlank()) {
            from = position("Last-Event-ID", lastEventId);
        } else if (after != null && !after.isBlank()) {
            from = position("after", after);
        } else {
            from = streams.latestPosition();
        }
        return streams.open(authorized.pseudonym(), filter, from);
    }

    /** The problem answer of the service kit, with the header that tells when to try again. */
    @ExceptionHandler(TooManyStreams.class)
    ResponseEntity<ProblemDetail> tooManyStreams(TooManyStreams refusal) {
        return ResponseEntity.status(refusal.status())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, refusal.retryAfter().toSeconds())))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(refusal.status(), refusal.code(), refusal.getMessage()));
    }

    /** The AsyncAPI document of the topics and of this stream. */
    @GetMapping(path = "/api/streams/asyncapi.yaml")
    ResponseEntity<Resource> asyncApi() {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/yaml"))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(new ClassPathResource("remacto/asyncapi.yaml"));
    }

    /** Every published event type with the address of its JSON Schema. */
    @GetMapping("/api/streams/schemas")
    Map<String, Object> schemas() {
        List<Map<String, String>> types = PublishedLanguage.EVENTS.stream()
                .map(PublishedLanguage::typeOf)
                .sorted()
                .map(type -> Map.of("type", type, "topic", PublishedLanguage.topicOf(PublishedLanguage.classOf(type).orElseThrow()),
                        "schema", "/api/streams/schemas/" + type))
                .toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("asyncapi", "/api/streams/asyncapi.yaml");
        body.put("items", types);
        return body;
    }

    /** The JSON Schema of one event type's data. */
    @GetMapping("/api/streams/schemas/{type:.+}")
    ResponseEntity<Resource> schema(@PathVariable String type) {
        String name = type.endsWith(".json") ? type.substring(0, type.length() - 5) : type;
        ClassPathResource schema = new ClassPathResource("remacto/schemas/" + name + ".json");
        if (!name.matches("[A-Za-z0-9.]+") || !schema.exists()) {
            throw new NotFound("event type", name);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/schema+json"))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(schema);
    }

    private static long position(String name, String value) {
        try {
            long position = Long.parseLong(value.trim());
            if (position < 0) {
                throw new NumberFormatException();
            }
            return position;
        } catch (NumberFormatException e) {
            throw new InvalidCommand("invalid-event-id", name + " '" + value + "' is not an event id of this stream");
        }
    }
}
