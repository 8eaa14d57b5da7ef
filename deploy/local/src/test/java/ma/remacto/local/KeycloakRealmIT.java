package ma.remacto.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The realm of deploy/keycloak imported into a real Keycloak: the tokens it issues carry what the
 * platform reads (issuer, audience, roles, collectivity, residence), the web client cannot skip
 * PKCE, and a citizen cannot move their own residence.
 */
class KeycloakRealmIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CITIZEN_PASSWORD = "citizen-Pass-1";
    private static final String ADMIN_PASSWORD = "admin-Pass-1";

    private static KeycloakServer keycloak;
    private static long startedAt;

    @BeforeAll
    static void startKeycloak() throws Exception {
        startedAt = System.nanoTime();
        keycloak = KeycloakServer.start();
        keycloak.createUser("citizen", CITIZEN_PASSWORD, List.of("CITIZEN"), Map.of("residence", "temara"));
        keycloak.createUser("admin", ADMIN_PASSWORD, List.of("COLLECTIVITY_ADMIN"), Map.of("collectivity", "temara"));
    }

    @AfterAll
    static void stopKeycloak() {
        if (keycloak != null) {
            keycloak.close();
            System.out.printf("Keycloak ready in %d ms; KeycloakRealmIT took %d ms in all%n",
                    keycloak.readyMillis(), (System.nanoTime() - startedAt) / 1_000_000);
        }
    }

    @Test
    void aCitizensTokenCarriesTheRoleAndTheResidence() throws Exception {
        Jwt token = Jwt.decode(keycloak.tokenFor("citizen", CITIZEN_PASSWORD));

        assertIssuedForThePlatform(token);
        assertThat(token.roles()).containsExactly("CITIZEN");
        assertThat(token.claims().path("residence").isTextual()).isTrue();
        assertThat(token.claims().path("residence").asText()).isEqualTo("temara");
        assertThat(token.claims().has("collectivity")).isFalse();
        assertThat(token.claims().path("azp").asText()).isEqualTo("remacto-web");
    }

    @Test
    void anAdminsTokenCarriesTheRoleAndTheCollectivity() throws Exception {
        Jwt token = Jwt.decode(keycloak.tokenFor("admin", ADMIN_PASSWORD));

        assertIssuedForThePlatform(token);
        assertThat(token.roles()).containsExactly("COLLECTIVITY_ADMIN");
        assertThat(token.claims().path("collectivity").isTextual()).isTrue();
        assertThat(token.claims().path("collectivity").asText()).isEqualTo("temara");
        assertThat(token.claims().has("residence")).isFalse();
    }

    @Test
    void analystsGetATokenWithTheSecretFromTheEnvironmentOnly() throws Exception {
        Jwt token = Jwt.decode(keycloak.clientCredentialsToken(keycloak.analystsClientSecret()));

        assertIssuedForThePlatform(token);
        assertThat(token.roles()).containsExactly("ANALYST");
        assertThat(token.claims().has("collectivity")).isFalse();
        assertThat(token.claims().has("residence")).isFalse();
        assertThat(token.claims().path("azp").asText()).isEqualTo("remacto-analysts");
        assertThatThrownBy(() -> keycloak.clientCredentialsToken("${REMACTO_ANALYSTS_CLIENT_SECRET}"))
                .hasMessageContaining("HTTP 401");
    }

    @Test
    void theWebClientRefusesAnAuthorizationRequestWithoutPkce() throws Exception {
        URI redirect = keycloak.webRedirectWithoutPkce();

        Map<String, String> answer = OidcLogin.query(redirect);
        assertThat(redirect.toString()).startsWith(KeycloakServer.WEB_REDIRECT_URI);
        assertThat(answer).containsEntry("error", "invalid_request").doesNotContainKey("code");
        assertThat(answer.get("error_description")).contains("code_challenge");
    }

    @Test
    void aCitizenCannotSeeNorChangeTheirOwnResidence() throws Exception {
        String selfService = keycloak.accountConsoleTokenFor("citizen", CITIZEN_PASSWORD);
        HttpClient http = HttpClient.newHttpClient();
        URI account = URI.create(keycloak.issuer() + "/account");

        HttpResponse<String> profile = http.send(HttpRequest.newBuilder(account)
                .header("Authorization", "Bearer " + selfService).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(profile.statusCode()).isEqualTo(200);
        ObjectNode me = (ObjectNode) JSON.readTree(profile.body());
        assertThat(me.path("attributes").has("residence")).isFalse();

        me.withObject("/attributes").putArray("residence").add("rabat");
        HttpResponse<String> update = http.send(HttpRequest.newBuilder(account)
                .header("Authorization", "Bearer " + selfService).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(me.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        System.out.printf("account API answered the residence change with HTTP %d %s%n", update.statusCode(), update.body());
        assertThat(update.statusCode()).isIn(204, 400, 403);

        Jwt after = Jwt.decode(keycloak.tokenFor("citizen", CITIZEN_PASSWORD));
        assertThat(after.claims().path("residence").asText()).isEqualTo("temara");
    }

    private static void assertIssuedForThePlatform(Jwt token) throws Exception {
        assertThat(token.header().path("alg").asText()).isEqualTo("RS256");
        assertThat(token.signedBy(jwks())).as("RS256 signature by a key of %s", keycloak.jwkSetUri()).isTrue();
        assertThat(token.claims().path("iss").asText()).isEqualTo(keycloak.issuer());
        assertThat(token.audiences()).contains("remacto");
        assertThat(token.claims().path("exp").isNumber()).isTrue();
        assertThat(token.claims().path("exp").asLong() - token.claims().path("iat").asLong()).isBetween(299L, 301L);
    }

    private static JsonNode jwks() throws IOException, InterruptedException {
        HttpResponse<String> keys = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(keycloak.jwkSetUri())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(keys.statusCode()).isEqualTo(200);
        return JSON.readTree(keys.body());
    }

    /** A decoded access token; {@link #signedBy} checks its RS256 signature against the realm's keys. */
    private record Jwt(String raw, JsonNode header, JsonNode claims) {

        static Jwt decode(String token) throws IOException {
            String[] parts = token.split("\\.");
            assertThat(parts).hasSize(3);
            return new Jwt(token, part(parts[0]), part(parts[1]));
        }

        boolean signedBy(JsonNode jwks) throws Exception {
            for (JsonNode key : jwks.path("keys")) {
                if (key.path("kid").asText().equals(header.path("kid").asText()) && "RSA".equals(key.path("kty").asText())) {
                    PublicKey publicKey = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                            unsigned(key.path("n").asText()), unsigned(key.path("e").asText())));
                    Signature rs256 = Signature.getInstance("SHA256withRSA");
                    rs256.initVerify(publicKey);
                    int signatureStart = raw.lastIndexOf('.');
                    rs256.update(raw.substring(0, signatureStart).getBytes(StandardCharsets.US_ASCII));
                    return rs256.verify(Base64.getUrlDecoder().decode(raw.substring(signatureStart + 1)));
                }
            }
            return false;
        }

        private static BigInteger unsigned(String base64Url) {
            return new BigInteger(1, Base64.getUrlDecoder().decode(base64Url));
        }

        private static JsonNode part(String encoded) throws IOException {
            return JSON.readTree(new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8));
        }

        /** {@code aud} is a string when there is one audience, an array otherwise. */
        List<String> audiences() {
            List<String> audiences = new ArrayList<>();
            JsonNode aud = claims.path("aud");
            if (aud.isArray()) {
                aud.forEach(a -> audiences.add(a.asText()));
            } else if (aud.isTextual()) {
                audiences.add(aud.asText());
            }
            return audiences;
        }

        List<String> roles() {
            assertThat(claims.path("roles").isArray()).as("roles is a JSON array in %s", claims).isTrue();
            List<String> roles = new ArrayList<>();
            claims.path("roles").forEach(r -> roles.add(r.asText()));
            return roles;
        }
    }
}
