package ma.remacto.participation.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How ballot ids are made. Production sets its own secret ({@code REMACTO_BALLOTS_SECRET}) and
 * keeps it: with it, and only with it, a citizen's ballot id can be recomputed; a new secret
 * gives every citizen new ballots.
 *
 * @param secret the HMAC key, at least 16 characters
 */
@ConfigurationProperties("remacto.ballots")
public record BallotProperties(String secret) {

    public BallotProperties {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("remacto.ballots.secret must be set, at least 16 characters");
        }
    }
}
