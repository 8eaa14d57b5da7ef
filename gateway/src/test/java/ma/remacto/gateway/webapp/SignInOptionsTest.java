package ma.remacto.gateway.webapp;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.reactive.function.server.MockServerRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.server.HandlerStrategies;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** What /app/config.json tells the web application about signing in. */
class SignInOptionsTest {

    private HttpServer provider;
    private final AtomicInteger discoveries = new AtomicInteger();

    @AfterEach
    void stop() {
        if (provider != null) {
            provider.stop(0);
        }
    }

    @Test
    void theDevelopmentSignInIsOfferedToLoopbackCallersOnly() {
        SignInOptions options = new SignInOptions(true, null, "remacto-web", WebClient.create());

        assertThat(describe(options, "127.0.0.1")).contains("\"devSignIn\":true").contains("\"available\":false");
        assertThat(describe(options, "203.0.113.7")).contains("\"devSignIn\":false");
    }

    @Test
    void theProvidersEndpointsComeFromItsDiscoveryDocumentReadOnce() throws IOException {
        String issuer = startProvider();
        SignInOptions options = new SignInOptions(false, issuer, "remacto-web", WebClient.create());

        String first = describe(options, "203.0.113.7");
        String second = describe(options, "127.0.0.1");

        assertThat(first).contains("\"devSignIn\":false", "\"available\":true", "\"clientId\":\"remacto-web\"",
                "\"authorizationEndpoint\":\"" + issuer + "/protocol/openid-connect/auth\"",
                "\"tokenEndpoint\":\"" + issuer + "/protocol/openid-connect/token\"");
        assertThat(second).as("without the development issuer, not even for loopback").contains("\"devSignIn\":false");
        assertThat(discoveries).hasValue(1);
        String origin = issuer.substring(0, issuer.indexOf("/realms"));
        assertThat(options.contentSecurityPolicy()).as("the code exchange calls the provider's origin, nothing else")
                .contains("connect-src 'self' " + origin + ";").contains("script-src 'self';");
    }

    @Test
    void anUnreachableProviderIsSaidSoAndAskedAgainLater() throws IOException {
        String issuer = startProvider();
        provider.stop(0);
        provider = null;
        SignInOptions options = new SignInOptions(false, issuer, "remacto-web", WebClient.create());

        assertThat(describe(options, "127.0.0.1")).contains("\"available\":false");
    }

    private String startProvider() throws IOException {
        provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String issuer = "http://127.0.0.1:" + provider.getAddress().getPort() + "/realms/remacto";
        provider.createContext("/realms/remacto/.well-known/openid-configuration", exchange -> {
            discoveries.incrementAndGet();
            byte[] body = ("{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\"" + issuer
                    + "/protocol/openid-connect/auth\",\"token_endpoint\":\"" + issuer + "/protocol/openid-connect/token\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        provider.start();
        return issuer;
    }

    private static String describe(SignInOptions options, String callerAddress) {
        MockServerRequest request = MockServerRequest.builder()
                .remoteAddress(new InetSocketAddress(callerAddress, 40000))
                .build();
        ServerResponse response = options.describe(request).block();
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/app/config.json"));
        response.writeTo(exchange, new ServerResponse.Context() {
            @Override
            public List<org.springframework.http.codec.HttpMessageWriter<?>> messageWriters() {
                return HandlerStrategies.withDefaults().messageWriters();
            }

            @Override
            public List<ViewResolver> viewResolvers() {
                return List.of();
            }
        }).block();
        return exchange.getResponse().getBodyAsString().block();
    }
}
