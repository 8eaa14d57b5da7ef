package ma.remacto.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import ma.remacto.events.PublishedLanguage;
import ma.remacto.events.network.AdmissionDecidedEvent;
import ma.remacto.events.network.AdmissionDecision;
import ma.remacto.events.network.CollectivityKind;
import ma.remacto.events.network.CollectivityRegisteredEvent;
import ma.remacto.events.participation.CoCreationProcessOpenedEvent;
import ma.remacto.kit.kafka.EventJson;
import ma.remacto.testkit.Api;
import ma.remacto.testkit.RealInfrastructure;
import ma.remacto.testkit.RealInfrastructureTest;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@RealInfrastructureTest
class ReportingServiceIT {

    @LocalServerPort
    int port;

    private static CloudEvent event(Object payload, String subject, long sequence, String reason) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(UUID.randomUUID().toString())
                .withSource(URI.create("/remacto/test"))
                .withType(PublishedLanguage.typeOf(payload.getClass()))
                .withSubject(subject)
                .withTime(OffsetDateTime.now())
                .withData("application/json", EventJson.write(payload))
                .withExtension("collectivity", subject)
                .withExtension("actor", "operator-1")
                .withExtension("actorrole", "NETWORK_OPERATOR")
                .withExtension("sequence", sequence);
        if (reason != null) {
            builder.withExtension("reason", reason);
        }
        return builder.build();
    }

    private static void publish(CloudEvent... events) throws Exception {
        try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.get().bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class))) {
            for (CloudEvent event : events) {
                producer.send(new ProducerRecord<>(PublishedLanguage.topicOf(
                        PublishedLanguage.classOf(event.getType()).orElseThrow()), event.getSubject(), event)).get();
            }
        }
    }

    @Test
    void everyStreamFeedsTheDashboardAndTheAuditOnceEvenWhenDeliveredTwice() throws Exception {
        CloudEvent admitted = event(new AdmissionDecidedEvent("temara", AdmissionDecision.ADMITTED,
                LocalDate.of(2024, 4, 25), Map.of()), "temara", 1, "exact admission date not documented");
        publish(event(new CollectivityRegisteredEvent("temara", CollectivityKind.COMMUNE, "تمارة", "Témara",
                        "rabat-sale-kenitra"), "temara", 0, null),
                admitted,
                admitted,
                event(new CollectivityRegisteredEvent("tamazgana", CollectivityKind.COMMUNE, "تمزكانة", "Tamazgana",
                        null), "tamazgana", 0, null),
                event(new AdmissionDecidedEvent("tamazgana", AdmissionDecision.ADMITTED, LocalDate.of(2024, 12, 1),
                        Map.of()), "tamazgana", 1, "month documented, day not"),
                event(new CoCreationProcessOpenedEvent("temara-2024", "temara", "برنامج عمل الانفتاح", "2025-2026"),
                        "temara", 0, null));
        Api api = Api.at(port);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode dashboard = api.get("/api/dashboards/network").json();
            assertThat(dashboard.path("members").path("byKind").path("COMMUNE").asLong()).isEqualTo(2);
            assertThat(dashboard.path("processesOpened").asLong()).isEqualTo(1);
        });
        JsonNode today = api.get("/api/dashboards/network").json();
        assertThat(today.path("members").path("byRegion").path("rabat-sale-kenitra").asLong()).isEqualTo(1);
        assertThat(today.path("members").path("byRegion").path("unknown").asLong()).isEqualTo(1);
        assertThat(today.path("members").path("total").asLong())
                .isEqualTo(today.path("members").path("byKind").path("COMMUNE").asLong()
                        + today.path("members").path("byKind").path("REGION").asLong());
        assertThat(today.path("programmedCostMad").toString()).isEqualTo("0");

        JsonNode mid2024 = api.get("/api/dashboards/network?asOf=2024-06-01").json();
        assertThat(mid2024.path("members").path("byKind").path("COMMUNE").asLong()).isEqualTo(1);

        JsonNode temara = api.get("/api/audit?collectivity=temara").json();
        assertThat(temara.path("items")).hasSize(3);
        JsonNode admission = temara.path("items").get(1);
        assertThat(admission.path("id").asText()).isEqualTo(admitted.getId());
        assertThat(admission.path("type").asText()).isEqualTo("ma.remacto.network.AdmissionDecided.v1");
        assertThat(admission.path("actorRole").asText()).isEqualTo("NETWORK_OPERATOR");
        assertThat(admission.path("actor").asText()).isEqualTo("operator-1");
        assertThat(admission.path("aggregateId").asText()).isEqualTo("temara");
        assertThat(admission.path("reason").asText()).isEqualTo("exact admission date not documented");
        assertThat(admission.path("data").path("decidedOn").asText()).isEqualTo("2024-04-25");
        assertThat(temara.path("next").isNull()).isTrue();
    }

    @Test
    void theAuditIsPaginatedAndRefusesBadCursors() throws Exception {
        publish(event(new CollectivityRegisteredEvent("souss-massa", CollectivityKind.REGION, "سوس ماسة",
                        "Souss-Massa", "souss-massa"), "souss-massa", 0, null),
                event(new AdmissionDecidedEvent("souss-massa", AdmissionDecision.ADMITTED, LocalDate.of(2022, 10, 21),
                        Map.of()), "souss-massa", 1, "exact admission date not documented"));
        Api api = Api.at(port);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                api.get("/api/audit?aggregate=souss-massa").json().path("items").size() == 2);

        JsonNode first = api.get("/api/audit?aggregate=souss-massa&limit=1").json();
        assertThat(first.path("items")).hasSize(1);
        assertThat(first.path("next").asText()).isNotBlank();
        JsonNode second = api.get("/api/audit?aggregate=souss-massa&limit=1&after=" + first.path("next").asText()).json();
        assertThat(second.path("items")).hasSize(1);
        assertThat(second.path("items").get(0).path("type").asText()).isEqualTo("ma.remacto.network.AdmissionDecided.v1");

        Api.Response badCursor = api.get("/api/audit?after=yesterday");
        assertThat(badCursor.status()).isEqualTo(400);
        assertThat(badCursor.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/audit?limit=0").status()).isEqualTo(400);
        assertThat(api.get("/api/dashboards/network?asOf=2024-13-01").status()).isEqualTo(400);
    }
}
