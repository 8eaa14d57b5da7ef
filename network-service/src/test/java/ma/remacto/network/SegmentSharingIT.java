package ma.remacto.network;

import ma.remacto.testkit.RealInfrastructureTest;
import ma.remacto.testkit.SecondInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of a service on one database share every pooled processor's segments half and
 * half; when one stops, the other takes every segment back.
 */
@RealInfrastructureTest
@TestPropertySource(properties = "remacto.processors.heartbeat=1s")
class SegmentSharingIT {

    private static final String PROCESSOR = "collectivity-view";

    @Autowired
    Environment environment;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twoInstancesShareTheSegmentsAndOneTakesThemAllBackWhenTheOtherStops() {
        await().atMost(Duration.ofSeconds(60)).until(() -> owners().size() == 1 && unclaimed() == 0);
        int segments = segments();
        assertThat(segments).isGreaterThan(1);

        try (ConfigurableApplicationContext second = SecondInstance.start(environment, NetworkServiceApplication.class,
                "remacto.processors.heartbeat=1s")) {
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
                Map<String, Long> owners = owners();
                assertThat(owners).hasSize(2);
                assertThat(owners.values()).allSatisfy(held -> assertThat(held).isEqualTo((long) segments / 2));
                assertThat(unclaimed()).isZero();
            });
        }

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            assertThat(owners()).hasSize(1);
            assertThat(owners().values()).containsExactly((long) segments);
        });
    }

    private int segments() {
        return jdbc.sql("SELECT count(*) FROM tokenentry WHERE processorname = :p").param("p", PROCESSOR)
                .query(Integer.class).single();
    }

    private long unclaimed() {
        return jdbc.sql("SELECT count(*) FROM tokenentry WHERE processorname = :p AND owner IS NULL").param("p", PROCESSOR)
                .query(Long.class).single();
    }

    private Map<String, Long> owners() {
        return jdbc.sql("SELECT owner FROM tokenentry WHERE processorname = :p AND owner IS NOT NULL")
                .param("p", PROCESSOR).query(String.class).list().stream()
                .collect(Collectors.groupingBy(owner -> owner, Collectors.counting()));
    }
}
