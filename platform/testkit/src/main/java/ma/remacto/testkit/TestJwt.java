package ma.remacto.testkit;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.List;

/** A caller for MockMvc slice tests: an already validated JWT with the platform's claims. */
public final class TestJwt {

    private TestJwt() {
    }

    public static RequestPostProcessor as(String role, String collectivity) {
        return SecurityMockMvcRequestPostProcessors.jwt().jwt(jwt -> {
            jwt.subject("user-1").claim("roles", List.of(role));
            if (collectivity != null) {
                jwt.claim("collectivity", collectivity);
            }
        });
    }
}
