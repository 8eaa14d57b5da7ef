package ma.remacto.gateway.security;

import org.springframework.core.env.Environment;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UserDetailsRepositoryReactiveAuthenticationManager;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import reactor.core.publisher.Mono;

/**
 * The one credential that reads metrics ({@code remacto.management.username}, default
 * {@code prometheus}, and {@code remacto.management.password}, which has no default), as in the
 * services. Without a password nobody reads metrics; health and info stay open for probes.
 */
record ManagementCredential(String username, String password) {

    static final String ROLE = "METRICS";

    static ManagementCredential from(Environment environment) {
        return new ManagementCredential(environment.getProperty("remacto.management.username", "prometheus"),
                environment.getProperty("remacto.management.password"));
    }

    ReactiveAuthenticationManager authenticationManager() {
        if (password == null || password.isBlank()) {
            return new UserDetailsRepositoryReactiveAuthenticationManager(name -> Mono.empty());
        }
        UserDetails user = User.withUsername(username)
                .password(PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password))
                .roles(ROLE).build();
        return new UserDetailsRepositoryReactiveAuthenticationManager(
                name -> name.equals(username) ? Mono.just(User.withUserDetails(user).build()) : Mono.empty());
    }
}
