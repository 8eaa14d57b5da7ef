package ma.remacto.network.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import ma.remacto.events.network.CollectivityKind;
import ma.remacto.events.network.CollectivityRegisteredEvent;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class CollectivityRegisteredUpcasterTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().findAndRegisterModules()).build();

    private IntermediateEventRepresentation stored(String revision, String json) {
        return new InitialEventRepresentation(new GenericDomainEventEntry<>("Collectivity", "temara", 0, "e-1",
                Instant.parse("2025-01-01T00:00:00Z"), CollectivityRegisteredEvent.class.getName(), revision,
                json.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8)), serializer);
    }

    @Test
    void revisionOneReadsAsRevisionTwoWithoutTamazightNameOrProvince() {
        IntermediateEventRepresentation v1 = stored(null, """
                {"collectivityId":"temara","kind":"COMMUNE","nameAr":"تمارة","nameFr":"Témara","regionId":"rabat-sale-kenitra"}""");
        List<IntermediateEventRepresentation> upcast = new CollectivityRegisteredUpcaster().upcast(Stream.of(v1)).toList();

        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        CollectivityRegisteredEvent event = serializer.deserialize(upcast.get(0).getData());
        assertThat(event).isEqualTo(new CollectivityRegisteredEvent("temara", CollectivityKind.COMMUNE, "تمارة", "Témara",
                null, "rabat-sale-kenitra", null));
    }

    @Test
    void revisionTwoIsLeftAsItIs() {
        IntermediateEventRepresentation v2 = stored("2", """
                {"collectivityId":"temara","kind":"COMMUNE","nameAr":"تمارة","nameFr":"Témara","nameTzm":"ⵜⵎⴰⵔⴰ",
                 "regionId":"rabat-sale-kenitra","province":"Skhirate-Témara"}""");
        IntermediateEventRepresentation result = new CollectivityRegisteredUpcaster().upcast(Stream.of(v2)).toList().get(0);

        assertThat(result).isSameAs(v2);
    }
}
