package ma.remacto.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * A real Keycloak with the REMACTO realm ({@code deploy/keycloak/remacto-realm.json}) imported, run
 * from the distribution the build unpacks ({@code -Dremacto.keycloak.home}) in a process of its
 * own, in development mode with an in-memory database so every start is a fresh realm.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String WEB_REDIRECT_URI = "http://127.0.0.1:8080/signed-in";
    /** The first start after unpacking also re-augments the distribution for development mode. */
    private static final Duration STARTUP_TIMEOUT =
            Duration.ofSeconds(Long.getLong("remacto.keycloak.startup-timeout-seconds", 120));
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final String baseUrl;
    private final String adminUser = "admin-" + randomHex(4);
    private final String adminPassword = randomHex(16);
    private final String analystsSecret = randomHex(24);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Thread killOnExit;
    private long readyMillis;

    private KeycloakServer(Path home, Path javaHome, int port, Path log) throws IOException {
        baseUrl = "http://127.0.0.1:" + port;
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + port, "--http-host=127.0.0.1", "--import-realm", "--db=dev-mem")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", javaHome.toString());
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", adminUser);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        env.put("REMACTO_ANALYSTS_CLIENT_SECRET", analystsSecret);
        process = builder.start();
        // a test JVM that ends without close() must not leave Keycloak running
        killOnExit = new Thread(this::stop, "keycloak-stop");
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /** Starts Keycloak on a free port and returns once the realm's OIDC discovery answers. */
    public static KeycloakServer start() throws IOException, InterruptedException {
        KeycloakInstallation installation = KeycloakInstallation.find();
        Path importDir = Files.createDirectories(installation.home().resolve("data/import"));
        Files.copy(installation.realmFile(), importDir.resolve("remacto-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        int port = freePort();
        Path log = Files.createDirectories(Path.of("target")).resolve("keycloak-" + port + ".log").toAbsolutePath();
        System.out.printf("Keycloak: starting %s on port %d with %s, log %s%n",
                installation.home(), port, installation.javaHome(), log);
        KeycloakServer server = new KeycloakServer(installation.home(), installation.javaHome(), port, log);
        try {
            server.awaitDiscovery(log);
            return server;
        } catch (IOException | InterruptedException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    public String issuer() {
        return baseUrl + "/realms/remacto";
    }

    public String jwkSetUri() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    /** The secret of {@code remacto-analysts}, given to Keycloak as REMACTO_ANALYSTS_CLIENT_SECRET. */
    public String analystsClientSecret() {
        return analystsSecret;
    }

    public long readyMillis() {
        return readyMillis;
    }

    /** Creates an enabled user with a complete profile, a password, realm roles and attributes; returns its id. */
    public String createUser(String username, String password, List<String> roles, Map<String, String> attributes)
            throws IOException, InterruptedException {
        ObjectNode user = JSON.createObjectNode().put("username", username).put("enabled", true)
                .put("email", username + "@remacto.test").put("emailVerified", true)
                .put("firstName", username).put("lastName", "Test");
        ObjectNode userAttributes = user.putObject("attributes");
        attributes.forEach((name, value) -> userAttributes.putArray(name).add(value));
        user.putArray("credentials").addObject().put("type", "password").put("value", password).put("temporary", false);
        HttpResponse<String> created = admin("POST", "/users", user.toString());
        String id = created.headers().firstValue("Location").map(l -> l.substring(l.lastIndexOf('/') + 1))
                .orElseThrow(() -> new IllegalStateException("user " + username + " not created: " + created.body()));
        ArrayNode roleRepresentations = JSON.createArrayNode();
        for (String role : roles) {
            roleRepresentations.add(JSON.readTree(admin("GET", "/roles/" + role, null).body()));
        }
        admin("POST", "/users/" + id + "/role-mappings/realm", roleRepresentations.toString());
        return id;
    }

    /**
     * Lets the web application at {@code origin} (e.g. {@code http://127.0.0.1:18080}) sign people
     * in with {@code remacto-web}: its {@code /app/} page as a redirect and post-logout URI, the
     * origin as a web origin (CORS of the token endpoint), as an administrator would add a
     * deployment's URL.
     */
    public void allowWebApplication(String origin) throws IOException, InterruptedException {
        JsonNode clients = JSON.readTree(admin("GET", "/clients?clientId=remacto-web", null).body());
        ObjectNode client = (ObjectNode) clients.path(0);
        String id = client.path("id").asText();
        ((ArrayNode) client.get("redirectUris")).add(origin + "/app/*");
        ((ArrayNode) client.get("webOrigins")).add(origin);
        ((ObjectNode) client.get("attributes")).put("post.logout.redirect.uris", origin + "/app/*");
        admin("PUT", "/clients/" + id, client.toString());
    }

    /** An access token of {@code remacto-web} for the user, through the login form with PKCE. */
    public String tokenFor(String username, String password) throws IOException, InterruptedException {
        return webLogin().accessToken(username, password);
    }

    /** An access token of Keycloak's own {@code account-console} client: the user's self-service. */
    public String accountConsoleTokenFor(String username, String password) throws IOException, InterruptedException {
        return new OidcLogin(issuer(), "account-console", issuer() + "/account/").accessToken(username, password);
    }

    /** Where Keycloak redirects an authorization request of {@code remacto-web} without code_challenge. */
    public URI webRedirectWithoutPkce() throws IOException, InterruptedException {
        return webLogin().redirectWithoutPkce();
    }

    /** An access token of {@code remacto-analysts} through the client-credentials grant. */
    public String clientCredentialsToken(String secret) throws IOException, InterruptedException {
        return OidcLogin.accessTokenOf(postForm(issuer() + "/protocol/openid-connect/token", Map.of(
                "grant_type", "client_credentials", "client_id", "remacto-analysts", "client_secret", secret)));
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }

    private OidcLogin webLogin() {
        return new OidcLogin(issuer(), "remacto-web", WEB_REDIRECT_URI);
    }

    private HttpResponse<String> admin(String method, String path, String json) throws IOException, InterruptedException {
        // the master realm's tokens live one minute: a fresh one for each call
        String token = OidcLogin.accessTokenOf(postForm(baseUrl + "/realms/master/protocol/openid-connect/token",
                Map.of("grant_type", "password", "client_id", "admin-cli", "username", adminUser, "password", adminPassword)));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/admin/realms/remacto" + path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = http.send(request.method(method, json == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + " answered HTTP " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private HttpResponse<String> postForm(String url, Map<String, String> fields) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(OidcLogin.form(fields))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void awaitDiscovery(Path log) throws IOException, InterruptedException {
        long started = System.nanoTime();
        long deadline = started + STARTUP_TIMEOUT.toNanos();
        long nextReport = started;
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        while (true) {
            long now = System.nanoTime();
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with code " + process.exitValue() + "; see " + log);
            }
            if (now > deadline) {
                throw new IllegalStateException("Keycloak's discovery " + discovery.uri() + " did not answer within "
                        + STARTUP_TIMEOUT.toSeconds() + " s; see " + log
                        + " (on a slow machine raise -Dremacto.keycloak.startup-timeout-seconds)");
            }
            try {
                if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    readyMillis = TimeUnit.NANOSECONDS.toMillis(now - started);
                    System.out.printf("Keycloak: ready in %d ms at %s%n", readyMillis, issuer());
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep polling until the deadline
            }
            if (now >= nextReport) {
                System.out.printf("Keycloak: waiting for %s (%d s)%n", discovery.uri(), TimeUnit.NANOSECONDS.toSeconds(now - started));
                nextReport = now + TimeUnit.SECONDS.toNanos(10);
            }
            Thread.sleep(500);
        }
    }

    /** SIGTERM to kc.sh and the JVM under it, then SIGKILL to whatever is left after 30 s. */
    private void stop() {
        List<ProcessHandle> tree = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                handle.destroyForcibly();
            } catch (ExecutionException | TimeoutException notEnded) {
                handle.destroyForcibly();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
