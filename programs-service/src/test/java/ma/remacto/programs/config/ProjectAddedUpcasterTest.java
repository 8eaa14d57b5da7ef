package ma.remacto.programs.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import ma.remacto.events.programs.Funding;
import ma.remacto.events.programs.Funding.FundingKind;
import ma.remacto.events.programs.ProjectAddedEvent;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectAddedUpcasterTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().findAndRegisterModules()).build();

    private IntermediateEventRepresentation stored(String revision, String json) {
        return new InitialEventRepresentation(new GenericDomainEventEntry<>("Program", "temara-2025-2026", 2, "e-1",
                Instant.parse("2025-01-01T00:00:00Z"), ProjectAddedEvent.class.getName(), revision,
                json.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8)), serializer);
    }

    @Test
    void revisionOneReadsAsRevisionTwoWithoutStartOrPrinciples() {
        IntermediateEventRepresentation v1 = stored(null, """
                {"programId":"temara-2025-2026","number":2,"axis":1,"titleAr":"صيانة المساحات الخضراء","titleFr":null,
                 "durationMonths":24,"costMad":28000000,"funding":{"kind":"OWN","partners":[],"conventionRefs":[]},
                 "proposalIds":["p-1"]}""");
        List<IntermediateEventRepresentation> upcast = new ProjectAddedUpcaster().upcast(Stream.of(v1)).toList();

        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        ProjectAddedEvent event = serializer.deserialize(upcast.get(0).getData());
        assertThat(event).isEqualTo(new ProjectAddedEvent("temara-2025-2026", 2, 1, "صيانة المساحات الخضراء", null,
                new BigDecimal("24"), new BigDecimal("28000000"), new Funding(FundingKind.OWN, List.of(), List.of()),
                List.of("p-1"), null, List.of()));
    }

    @Test
    void revisionTwoIsLeftAsItIs() {
        IntermediateEventRepresentation v2 = stored("2", """
                {"programId":"temara-2025-2026","number":2,"axis":1,"titleAr":"صيانة","titleFr":null,"durationMonths":24,
                 "costMad":1,"funding":null,"proposalIds":[],"startsOn":"2025-03-01","principles":["TRANSPARENCY"]}""");
        IntermediateEventRepresentation result = new ProjectAddedUpcaster().upcast(Stream.of(v2)).toList().get(0);

        assertThat(result).isSameAs(v2);
    }
}
