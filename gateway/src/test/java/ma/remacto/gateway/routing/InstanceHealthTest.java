package ma.remacto.gateway.routing;

import org.junit.jupiter.api.Test;
import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;

import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class InstanceHealthTest {

    final AtomicLong now = new AtomicLong();
    final InstanceHealth health = new InstanceHealth(Duration.ofSeconds(5), now::get);
    final ServiceInstance a = new DefaultServiceInstance("a", "proposals", "10.0.0.1", 8082, false);
    final ServiceInstance b = new DefaultServiceInstance("b", "proposals", "10.0.0.2", 8082, false);

    @Test
    void anInstanceThatRefusedAConnectionIsSkippedForAWhile() {
        health.connectFailed(a, new ConnectException("Connection refused"));

        assertThat(health.reachable(List.of(a, b))).containsExactly(b);
        now.addAndGet(Duration.ofMillis(4900).toNanos());
        assertThat(health.reachable(List.of(a, b))).containsExactly(b);
        now.addAndGet(Duration.ofMillis(200).toNanos());
        assertThat(health.reachable(List.of(a, b))).containsExactly(a, b);
    }

    @Test
    void whenEveryInstanceIsSkippedAllAreOfferedAgain() {
        health.connectFailed(a, new ConnectException("Connection refused"));
        health.connectFailed(b, new ConnectException("Connection refused"));

        assertThat(health.reachable(List.of(a, b))).containsExactly(a, b);
    }

    @Test
    void onlyAFailureToConnectCountsAsNotConnected() {
        assertThat(ConnectFailover.notConnected(new IllegalStateException("wrapped", new ConnectException("refused"))))
                .isTrue();
        assertThat(ConnectFailover.notConnected(new java.io.IOException("Connection reset by peer"))).isFalse();
        assertThat(ConnectFailover.notConnected(new java.util.concurrent.TimeoutException("read timed out"))).isFalse();
    }
}
