package ma.remacto.gateway.devtokens;

import ma.remacto.tokens.TokenProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.GeneralSecurityException;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

import static org.springframework.web.reactive.function.server.RequestPredicates.POST;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

/**
 * {@code POST /dev/tokens}, the development token issuer. It exists only in the {@code local}
 * profile: anywhere else nothing is mapped there and no token can be obtained (and a configured
 * key stops the start, see {@link DevIssuerGuard}). Its key file must be its owner's alone.
 */
@Configuration(proxyBeanMethods = false)
@Profile("local")
@ConditionalOnProperty(prefix = "remacto.dev-issuer", name = "private-key-location")
@EnableConfigurationProperties(DevIssuerProperties.class)
class DevTokenConfiguration {

    @Bean
    RouterFunction<ServerResponse> devTokenRoute(DevIssuerProperties properties, Environment environment,
                                                 JsonMapper json) {
        DevTokenHandler handler = new DevTokenHandler(encoder(properties.privateKeyLocation()),
                TokenProperties.from(environment), json, Clock.systemUTC());
        return route(POST("/dev/tokens"), handler::issue);
    }

    @Bean
    DevIssuer devIssuer() {
        return new DevIssuer();
    }

    private static NimbusJwtEncoder encoder(Path privateKeyLocation) {
        if (privateKeyLocation == null) {
            throw new IllegalStateException(
                    "remacto.dev-issuer.private-key-location must name a PKCS#8 PEM file in the local profile");
        }
        requireOwnerOnly(privateKeyLocation);
        RSAPrivateKey privateKey;
        try (InputStream pem = Files.newInputStream(privateKeyLocation)) {
            privateKey = RsaKeyConverters.pkcs8().convert(pem);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the dev issuer key " + privateKeyLocation, e);
        }
        return NimbusJwtEncoder.withKeyPair(publicHalf(privateKey), privateKey).build();
    }

    /** Anyone else who can read the signing key can mint any token the local run accepts. */
    private static void requireOwnerOnly(Path key) {
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(key);
        } catch (UnsupportedOperationException notPosix) {
            return;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the dev issuer key " + key, e);
        }
        Set<PosixFilePermission> ownerOnly = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_EXECUTE);
        if (!ownerOnly.containsAll(permissions)) {
            throw new IllegalStateException("the dev issuer key " + key + " is open to other users ("
                    + PosixFilePermissions.toString(permissions) + "): it must be readable by its owner only;"
                    + " run chmod 600 " + key);
        }
    }

    /** A PKCS#8 RSA key carries its public modulus and exponent; no second file needed. */
    private static RSAPublicKey publicHalf(RSAPrivateKey privateKey) {
        if (!(privateKey instanceof RSAPrivateCrtKey crt)) {
            throw new IllegalStateException("the dev issuer key must be a full (CRT) RSA private key");
        }
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot derive the dev issuer public key", e);
        }
    }
}
