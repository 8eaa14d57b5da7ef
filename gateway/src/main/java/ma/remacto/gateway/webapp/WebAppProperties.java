package ma.remacto.gateway.webapp;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code remacto.web.*}: how the web application signs people in. {@code oidc-client-id} is the
 * public client of the OpenID Connect provider (authorization code with PKCE, no secret);
 * {@code oidc-issuer} defaults to the issuer the token policy trusts ({@code remacto.tokens.issuer}).
 */
@ConfigurationProperties("remacto.web")
record WebAppProperties(String oidcClientId, String oidcIssuer) {

    WebAppProperties {
        oidcClientId = oidcClientId == null || oidcClientId.isBlank() ? "remacto-web" : oidcClientId;
    }
}
