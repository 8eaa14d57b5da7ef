package ma.remacto.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import ma.remacto.testkit.Api;
import ma.remacto.testkit.TestTokens;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Rebuilds of the projections, as an operator asks for them through the API. */
final class TestRebuilds {

    private TestRebuilds() {
    }

    /** Starts a rebuild as an operator and follows it until it ends; answers where it ended. */
    static JsonNode rebuild(int port, boolean swapWhenDifferent) {
        Api api = Api.at(port);
        String operator = TestTokens.operator();
        Api.Response started = api.post("/api/admin/projections/rebuild?swapWhenDifferent=" + swapWhenDifferent,
                operator, "");
        assertThat(started.status()).as(started.raw()).isEqualTo(202);
        assertThat(started.location()).isEqualTo("/api/admin/projections");
        String id = started.json().path("rebuildId").asText();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(() -> {
            JsonNode rebuild = api.get("/api/admin/projections", operator).json().path("rebuild");
            return rebuild.path("rebuildId").asText().equals(id) && !rebuild.path("finishedAt").isNull();
        });
        JsonNode status = api.get("/api/admin/projections", operator).json();
        assertThat(status.path("positions")).isNotEmpty();
        assertThat(status.path("tables")).isNotEmpty();
        return status.path("rebuild");
    }
}
