package ma.remacto.programs.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import ma.remacto.events.programs.EvaluationRecordedEvent;
import ma.remacto.events.programs.EvaluationRecordedEvent.Completion;
import ma.remacto.events.programs.EvaluationRecordedEvent.Finding;
import ma.remacto.events.programs.EvaluationRecordedEvent.OpenedGovernment;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluationRecordedUpcasterTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().findAndRegisterModules()).build();

    private IntermediateEventRepresentation stored(String revision, String json) {
        return new InitialEventRepresentation(new GenericDomainEventEntry<>("Program", "temara-2025-2026", 9, "e-9",
                Instant.parse("2025-07-01T00:00:00Z"), EvaluationRecordedEvent.class.getName(), revision,
                json.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8)), serializer);
    }

    @Test
    void revisionOneReadsAsRevisionTwoWithoutDesignEvaluatorsOrPrinciples() {
        IntermediateEventRepresentation v1 = stored(null, """
                {"programId":"temara-2025-2026","evaluationId":"h1-2025","periodFrom":"2025-01-01",
                 "periodTo":"2025-06-30","findings":[{"number":3,"completion":"SUBSTANTIAL",
                 "openedGovernment":"MARGINAL","verifiable":true,"comment":null}]}""");
        List<IntermediateEventRepresentation> upcast = new EvaluationRecordedUpcaster().upcast(Stream.of(v1)).toList();

        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        EvaluationRecordedEvent event = serializer.deserialize(upcast.get(0).getData());
        assertThat(event).isEqualTo(new EvaluationRecordedEvent("temara-2025-2026", "h1-2025", LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 6, 30), List.of(new Finding(3, Completion.SUBSTANTIAL, OpenedGovernment.MARGINAL,
                true, null)), List.of(), null, List.of()));
    }

    @Test
    void revisionTwoIsLeftAsItIs() {
        IntermediateEventRepresentation v2 = stored("2", """
                {"programId":"temara-2025-2026","evaluationId":"h1-2025","periodFrom":"2025-01-01",
                 "periodTo":"2025-06-30","findings":[],"design":[],"byCivilSociety":true,"principles":[]}""");

        assertThat(new EvaluationRecordedUpcaster().upcast(Stream.of(v2)).toList().get(0)).isSameAs(v2);
    }
}
