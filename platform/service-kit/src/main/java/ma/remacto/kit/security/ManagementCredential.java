package ma.remacto.kit.security;

import org.springframework.core.env.Environment;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The one credential that reads metrics ({@code remacto.management.username}, default
 * {@code prometheus}, and {@code remacto.management.password}, which has no default). Without a
 * password nobody reads metrics; health and info stay open for probes.
 */
record ManagementCredential(String username, String password) {

    static final String ROLE = "METRICS";

    static ManagementCredential from(Environment environment) {
        return new ManagementCredential(environment.getProperty("remacto.management.username", "prometheus"),
                environment.getProperty("remacto.management.password"));
    }

    UserDetailsService users() {
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
        if (password != null && !password.isBlank()) {
            users.createUser(User.withUsername(username)
                    .password(PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password))
                    .roles(ROLE).build());
        }
        return users;
    }
}
