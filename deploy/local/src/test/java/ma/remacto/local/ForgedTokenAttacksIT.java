package ma.remacto.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forged tokens, at the gateway and straight at a service: refused with 401, nothing recorded.
 */
class ForgedTokenAttacksIT extends AttackSuite {

    enum Forgery {
        ALG_NONE, FOREIGN_KEY, HS_RS_CONFUSION, FOREIGN_ISSUER, FOREIGN_AUDIENCE, NO_EXPIRY, EXPIRED, NOT_YET_VALID
    }

    private String forge(Forgery forgery) throws Exception {
        Map<String, Object> claims = forged.operatorClaims();
        long now = Instant.now().getEpochSecond();
        return switch (forgery) {
            case ALG_NONE -> forged.unsigned(claims);
            case FOREIGN_KEY -> forged.signedByAForeignKey(claims);
            case HS_RS_CONFUSION -> forged.hmacWithThePublicKey(claims);
            case FOREIGN_ISSUER -> {
                claims.put("iss", "https://evil.example/realms/remacto");
                yield forged.signedByTheIssuer(claims);
            }
            case FOREIGN_AUDIENCE -> {
                claims.put("aud", List.of("another-application"));
                yield forged.signedByTheIssuer(claims);
            }
            case NO_EXPIRY -> {
                claims.remove("exp");
                yield forged.signedByTheIssuer(claims);
            }
            case EXPIRED -> {
                claims.put("exp", now - 120);
                yield forged.signedByTheIssuer(claims);
            }
            case NOT_YET_VALID -> {
                claims.put("nbf", now + 600);
                yield forged.signedByTheIssuer(claims);
            }
        };
    }

    @ParameterizedTest(name = "forged token: {0}")
    @EnumSource(Forgery.class)
    void aForgedTokenIsRefusedAtTheGateway(Forgery forgery) throws Exception {
        String token = forge(forgery);
        refused("forged token " + forgery + " at the gateway", 401, "unauthorized", () -> gateway.post(
                "/api/collectivities", token, "{\"id\":\"forged\",\"kind\":\"COMMUNE\",\"nameAr\":\"x\",\"nameFr\":\"x\"}"));
    }

    @ParameterizedTest(name = "forged token straight at a service: {0}")
    @EnumSource(Forgery.class)
    void aForgedTokenIsRefusedByTheServiceItself(Forgery forgery) throws Exception {
        String token = forge(forgery);
        GatewayClient network = new GatewayClient(service(0));
        refused("forged token " + forgery + " straight at network-service", 401, "unauthorized", () -> network.post(
                "/api/collectivities", token, "{\"id\":\"forged\",\"kind\":\"COMMUNE\",\"nameAr\":\"x\",\"nameFr\":\"x\"}"));
    }

    @Test
    void theDevelopmentIssuerKeyIsReadableByItsOwnerOnly() throws Exception {
        String permissions = PosixFilePermissions.toString(Files.getPosixFilePermissions(home().resolve("keys/dev-issuer.pem")));
        answers.add("development issuer key permissions -> " + permissions);
        assertThat(permissions).isEqualTo("rw-------");
    }
}
