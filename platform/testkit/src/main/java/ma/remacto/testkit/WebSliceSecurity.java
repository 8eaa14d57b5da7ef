package ma.remacto.testkit;

import ma.remacto.kit.security.Pseudonyms;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import java.nio.charset.StandardCharsets;

/**
 * What a {@code @WebMvcTest} slice needs beside {@code ServiceSecurityConfiguration} to authorize
 * as the running service does: pseudonyms under a fixed test key (the service's own keys live in
 * its database, which a slice does not have).
 */
@TestConfiguration(proxyBeanMethods = false)
public class WebSliceSecurity {

    private static final Pseudonyms PSEUDONYMS =
            new Pseudonyms(() -> "web-slice-test-key-not-for-any-deployment".getBytes(StandardCharsets.UTF_8));

    /** The pseudonym events carry for a caller with this token subject, in slice tests. */
    public static String pseudonymOf(String subject) {
        return PSEUDONYMS.of(subject);
    }

    @Bean
    Pseudonyms pseudonyms() {
        return PSEUDONYMS;
    }
}
