package ma.remacto.local;

import ma.remacto.local.GatewayClient.Answer;
import ma.remacto.local.PlatformCounts.Snapshot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The attack suite: the platform attacked as an attacker would, through the gateway of the real
 * local run (and around it, straight at a service), one test per attack. Every attack class shares
 * one platform, booted once with the demo data and the {@link AttackFixtures}, and stopped when
 * the test run ends. {@link #refused} checks an answer's status and problem code, and that neither
 * the event stores nor the audit trail changed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(AttackSuite.SharedPlatform.class)
abstract class AttackSuite {

    /** What each attack got, printed after its class: the closing note lists them. */
    final List<String> answers = new CopyOnWriteArrayList<>();

    LocalPlatform platform;
    GatewayClient gateway;
    PlatformCounts counts;
    ForgedTokens forged;
    AttackFixtures fixtures;

    @BeforeAll
    void aim(Target target) throws Exception {
        platform = target.platform();
        fixtures = target.fixtures();
        gateway = new GatewayClient(platform.settings().gatewayUrl());
        counts = new PlatformCounts(platform);
        forged = ForgedTokens.of(home());
    }

    @AfterAll
    void report() {
        System.out.println(getClass().getSimpleName() + ", attacks and the answers they got:\n  "
                + String.join("\n  ", answers));
    }

    Path home() {
        return platform.settings().home();
    }

    /** The base URL of a service, straight (0 network, 1 proposals, 2 programs, 3 reporting). */
    String service(int offset) {
        return "http://127.0.0.1:" + (platform.settings().firstServicePort() + offset);
    }

    /** The vote of the consultation under attack, on its one item. */
    String votePath() throws Exception {
        String itemId = gateway.get("/api/consultations/" + fixtures.consultation).json()
                .path("items").path(0).path("itemId").asText();
        return "/api/consultations/" + fixtures.consultation + "/items/" + itemId + "/vote";
    }

    /** Runs an attack that must change nothing, and checks its answer. */
    Answer refused(String attack, int status, String code, Callable<Answer> request) throws Exception {
        Snapshot before = settled();
        Answer answer = request.call();
        answers.add(attack + " -> " + answer.status() + " " + answer.code());
        assertThat(answer.status()).as(attack + ": " + answer.body()).isEqualTo(status);
        assertThat(answer.code()).as(attack + ": " + answer.body()).isEqualTo(code);
        assertThat(counts.now().events()).as(attack + ": events stored").isEqualTo(before.events());
        await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(5))
                .until(() -> counts.now().audit() == before.audit());
        return answer;
    }

    /** The counts once reporting has caught up with every event stored so far. */
    Snapshot settled() throws Exception {
        Snapshot[] last = {counts.now()};
        await().pollInterval(Duration.ofMillis(200)).during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(30))
                .until(() -> {
                    Snapshot now = counts.now();
                    boolean same = now.equals(last[0]);
                    last[0] = now;
                    return same;
                });
        return last[0];
    }

    record Target(LocalPlatform platform, AttackFixtures fixtures) implements AutoCloseable {
        @Override
        public void close() {
            platform.close();
        }
    }

    /** Boots the platform under attack once per test run and gives it to every attack class; JUnit closes it when the run ends. */
    static final class SharedPlatform implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == Target.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .computeIfAbsent(Target.class, type -> boot(), Target.class);
        }

        private static Target boot() {
            try {
                LocalPlatform platform = LocalPlatform.start(TestPlatforms.settings(Files.createTempDirectory("remacto-attacks")));
                try {
                    AttackFixtures fixtures = new AttackFixtures(new GatewayClient(platform.settings().gatewayUrl()));
                    fixtures.enter();
                    return new Target(platform, fixtures);
                } catch (Exception | Error e) {
                    platform.close();
                    throw e;
                }
            } catch (Exception e) {
                throw new IllegalStateException("the platform under attack did not start", e);
            }
        }
    }
}
