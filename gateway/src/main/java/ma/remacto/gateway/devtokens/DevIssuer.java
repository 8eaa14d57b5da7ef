package ma.remacto.gateway.devtokens;

/**
 * Present as a bean only where the development token issuer runs (the local profile with its
 * key): the web application then offers its development sign-in page to loopback callers.
 */
public final class DevIssuer {

    DevIssuer() {
    }
}
