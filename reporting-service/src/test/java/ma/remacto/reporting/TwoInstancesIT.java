package ma.remacto.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ma.remacto.reporting.inbound.ProjectionLocks;
import ma.remacto.reporting.inbound.StreamListener;
import ma.remacto.testkit.Api;
import ma.remacto.testkit.RealInfrastructureTest;
import ma.remacto.testkit.SecondInstance;
import ma.remacto.testkit.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.test.context.TestPropertySource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of reporting-service on one database and one consumer group, each applying with
 * two threads: the partitions are shared out among the four consumers; the audit trail numbers
 * every event once, in commit order, so that a live stream served by either instance misses
 * none; both instances answer every read alike; and a rebuild, one at a time across both, holds
 * both still while it swaps, and either instance tells where it stands.
 */
@RealInfrastructureTest
@TestPropertySource(properties = {"remacto.projections.listener-threads=2", "remacto.projections.rebuild-batch=50"})
class TwoInstancesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ANALYST = TestTokens.token("analyst-1", List.of("ANALYST"), null);
    private static ConfigurableApplicationContext second;

    @LocalServerPort
    int port;

    @Value("${spring.kafka.consumer.group-id}")
    String group;

    @Autowired
    Environment environment;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void secondInstance() {
        if (second != null) {
            return;
        }
        second = SecondInstance.start(environment, ReportingServiceApplication.class,
                "remacto.projections.listener-threads=2", "remacto.projections.rebuild-batch=50");
    }

    @AfterAll
    static void stopSecond() {
        if (second != null) {
            second.close();
            second = null;
        }
    }

    private int secondPort() {
        return SecondInstance.port(second);
    }

    @Test
    void bothInstancesApplyTheirShareNumberTheAuditInCommitOrderAndAnswerAlike() throws Exception {
        MessageListenerContainer firstListener = listeners.getListenerContainer(StreamListener.ID);
        MessageListenerContainer secondListener = second.getBean(KafkaListenerEndpointRegistry.class)
                .getListenerContainer(StreamListener.ID);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(firstListener.getAssignedPartitions()).isNotEmpty();
            assertThat(secondListener.getAssignedPartitions()).isNotEmpty();
            Set<Object> all = new HashSet<>(firstListener.getAssignedPartitions());
            all.addAll(secondListener.getAssignedPartitions());
            assertThat(all).as("every partition of the three topics, once").hasSize(
                    firstListener.getAssignedPartitions().size() + secondListener.getAssignedPartitions().size());
        });

        List<TestFeed> feeds = new ArrayList<>();
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            TestFeed feed = TestFeed.memberYear(group, "scaled-" + UUID.randomUUID().toString().substring(0, 8));
            feed.events().forEach(event -> expected.add(event.getId()));
            feeds.add(feed);
        }
        String streamUrl = "http://localhost:" + secondPort() + "/api/streams/events";
        try (SseClient stream = SseClient.open(streamUrl, ANALYST, null)) {
            assertThat(stream.status()).isEqualTo(200);
            for (TestFeed feed : feeds) {
                feed.deliver();
            }
            List<SseClient.Event> received = stream.take(expected.size(), Duration.ofSeconds(60));
            List<SseClient.Event> more = stream.drain(Duration.ofSeconds(1));

            assertThat(more).as("nothing twice").isEmpty();
            Set<String> ids = new HashSet<>();
            long previous = 0;
            for (SseClient.Event event : received) {
                long position = Long.parseLong(event.id());
                assertThat(position).as("positions increase along the stream").isGreaterThan(previous);
                previous = position;
                ids.add(JSON.readTree(event.data()).path("id").asText());
            }
            assertThat(ids).as("every event once, the redelivered ones included").isEqualTo(expected);
        }

        for (TestFeed feed : feeds.subList(0, 3)) {
            String collectivity = feed.events().get(0).getSubject();
            assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE collectivity = :c").param("c", collectivity)
                    .query(Long.class).single()).isEqualTo(feed.size());
        }
        assertThat(readAll(port, reads(feeds))).isEqualTo(readAll(secondPort(), reads(feeds)));
    }

    @Test
    void oneRebuildRunsAtATimeAcrossInstancesHoldsBothStillAndEitherTellsWhereItStands() throws Exception {
        TestFeed before = TestFeed.memberYear(group, "scaled-" + UUID.randomUUID().toString().substring(0, 8));
        before.deliver();
        String operator = TestTokens.operator();

        try (Connection running = dataSource.getConnection()) {
            assertThat(holds(running, "SELECT pg_try_advisory_lock(" + ProjectionLocks.SPACE + ", "
                    + ProjectionLocks.REBUILD_RUNNING + ")")).isTrue();
            Api.Response refused = Api.at(secondPort()).post("/api/admin/projections/rebuild", operator, "");
            assertThat(refused.status()).as(refused.raw()).isEqualTo(409);
            assertThat(refused.json().path("code").asText()).isEqualTo("rebuild-in-progress");
            // a pooled connection keeps its session's locks when handed back
            assertThat(holds(running, "SELECT pg_advisory_unlock(" + ProjectionLocks.SPACE + ", "
                    + ProjectionLocks.REBUILD_RUNNING + ")")).isTrue();
        }

        Api.Response started = Api.at(secondPort()).post("/api/admin/projections/rebuild", operator, "");
        assertThat(started.status()).as(started.raw()).isEqualTo(202);
        String id = started.json().path("rebuildId").asText();
        List<TestFeed> during = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            TestFeed feed = TestFeed.memberYear(group, "scaled-" + UUID.randomUUID().toString().substring(0, 8));
            feed.deliver();
            during.add(feed);
        }
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(() -> {
            JsonNode rebuild = Api.at(port).get("/api/admin/projections", operator).json().path("rebuild");
            return rebuild.path("rebuildId").asText().equals(id) && !rebuild.path("finishedAt").isNull();
        });
        JsonNode onFirst = Api.at(port).get("/api/admin/projections", operator).json().path("rebuild");
        JsonNode onSecond = Api.at(secondPort()).get("/api/admin/projections", operator).json().path("rebuild");
        assertThat(onFirst.path("state").asText()).as(onFirst.toString()).isEqualTo("SWAPPED");
        assertThat(onFirst).isEqualTo(onSecond);
        for (JsonNode table : onFirst.path("tables")) {
            assertThat(table.path("equal").asBoolean()).as(table.toString()).isTrue();
        }

        TestFeed after = TestFeed.memberYear(group, "scaled-" + UUID.randomUUID().toString().substring(0, 8));
        after.deliver();
        List<TestFeed> all = new ArrayList<>(during);
        all.add(before);
        all.add(after);
        for (TestFeed feed : all) {
            String collectivity = feed.events().get(0).getSubject();
            assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE collectivity = :c").param("c", collectivity)
                    .query(Long.class).single()).as(collectivity).isEqualTo(feed.size());
        }
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE position <= 0").query(Long.class).single())
                .as("every position settled").isZero();
        assertThat(readAll(port, reads(all))).isEqualTo(readAll(secondPort(), reads(all)));
    }

    private static List<String> reads(List<TestFeed> feeds) {
        List<String> reads = new ArrayList<>(List.of("/api/dashboards/network", "/api/audit?limit=500",
                "/api/exports/members.json", "/api/exports/proposals.json", "/api/exports/program-projects.json"));
        feeds.forEach(feed -> reads.add("/api/dashboards/collectivities/" + feed.events().get(0).getSubject()));
        return reads;
    }

    private static Map<String, String> readAll(int port, List<String> paths) {
        Map<String, String> bodies = new LinkedHashMap<>();
        for (String path : paths) {
            Api.Response response = Api.at(port).get(path);
            assertThat(response.status()).as(path + " " + response.raw()).isEqualTo(200);
            bodies.put(path, response.raw());
        }
        return bodies;
    }

    private static boolean holds(Connection connection, String sql) throws Exception {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getBoolean(1);
        }
    }
}
