package ma.remacto.programs.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import ma.remacto.kit.kafka.EventJson;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Structured columns of the read model (funding, findings, changes) as JSON text, decimals exact. */
final class Json {

    private Json() {
    }

    static String write(Object value) {
        return new String(EventJson.write(value), StandardCharsets.UTF_8);
    }

    static <T> T read(String json, TypeReference<T> type) {
        try {
            return EventJson.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
