package ma.remacto.testkit;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.List;

/** A caller for MockMvc slice tests: an already validated JWT with the platform's claims. */
public final class TestJwt {

    private TestJwt() {
    }

    /** The subject of every slice-test caller; events carry {@link WebSliceSecurity#pseudonymOf} of it. */
    public static final String SUBJECT = "user-1";

    public static RequestPostProcessor as(String role, String collectivity) {
        return SecurityMockMvcRequestPostProcessors.jwt().jwt(jwt -> {
            jwt.subject(SUBJECT).claim("roles", List.of(role));
            if (collectivity != null) {
                jwt.claim("collectivity", collectivity);
            }
        });
    }

    /** A citizen whose token says the issuer verified them as a resident of that collectivity. */
    public static RequestPostProcessor residentOf(String collectivity) {
        return SecurityMockMvcRequestPostProcessors.jwt().jwt(jwt ->
                jwt.subject(SUBJECT).claim("roles", List.of("CITIZEN")).claim("residence", collectivity));
    }

    /** The pseudonym that events carry for the slice-test caller. */
    public static String pseudonym() {
        return WebSliceSecurity.pseudonymOf(SUBJECT);
    }
}
