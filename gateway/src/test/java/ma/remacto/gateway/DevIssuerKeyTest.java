package ma.remacto.gateway;

import ma.remacto.gateway.support.GatewayDatabase;
import ma.remacto.gateway.support.TestKeys;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The development issuer's signing key must be its owner's alone, or the local gateway does not start. */
class DevIssuerKeyTest {

    static final TestKeys KEYS = TestKeys.generate();

    @Test
    void aKeyOthersCanReadStopsTheStart() throws IOException {
        Path key = Path.of(KEYS.privateKeyPath());
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        Map<String, Object> properties = new LinkedHashMap<>(GatewayDatabase.create().properties());
        properties.put("server.port", "0");
        properties.put("remacto.tokens.issuer", TestKeys.ISSUER);
        properties.put("remacto.tokens.public-key-location", KEYS.publicKeyLocation());
        properties.put("remacto.dev-issuer.private-key-location", key.toString());

        assertThatThrownBy(() -> new SpringApplicationBuilder(GatewayApplication.class).profiles("local")
                .properties(properties).run().close())
                .rootCause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is open to other users (rw-r--r--)")
                .hasMessageContaining("chmod 600 " + key);
    }
}
