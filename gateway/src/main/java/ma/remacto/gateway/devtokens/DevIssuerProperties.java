package ma.remacto.gateway.devtokens;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * {@code remacto.dev-issuer.private-key-location}: a file path to the PKCS#8 PEM RSA private key
 * that signs development tokens. Its public half is what
 * {@code remacto.tokens.public-key-location} must name.
 */
@ConfigurationProperties("remacto.dev-issuer")
record DevIssuerProperties(Path privateKeyLocation) {
}
