package ma.remacto.gateway.devtokens;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Refuses to start a gateway given the development issuer's key without the {@code local}
 * profile: such a deployment is misconfigured (a profile mix-up away from a token issuer anyone
 * may call), and says so at once instead of running on quietly.
 */
@Component
class DevIssuerGuard {

    static final String KEY_PROPERTY = "remacto.dev-issuer.private-key-location";

    DevIssuerGuard(Environment environment) {
        if (StringUtils.hasText(environment.getProperty(KEY_PROPERTY))
                && !environment.acceptsProfiles(Profiles.of("local"))) {
            throw new IllegalStateException(KEY_PROPERTY + " is set but the local profile is not active:"
                    + " the development issuer belongs to the local run only; remove the setting"
                    + " (or run with spring.profiles.active=local on a developer's machine)");
        }
    }
}
