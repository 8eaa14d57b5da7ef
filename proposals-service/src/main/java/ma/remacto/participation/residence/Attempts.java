package ma.remacto.participation.residence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.util.Optional;

/**
 * At most {@value #PER_HOUR} verification attempts per account in any hour, successes included,
 * so that nobody can try identity card numbers until one is listed. Counted in the database
 * (per account ref, under a lock on it), so that every instance of the service agrees.
 */
@Component
public class Attempts {

    static final int PER_HOUR = 5;

    private final JdbcClient jdbc;

    Attempts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an attempt of the account, or answers how long until it may try again. */
    @Transactional
    public Optional<Duration> take(String account) {
        jdbc.sql("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtextextended(:account, 0))) AS locked")
                .param("account", account).query(Long.class).single();
        jdbc.sql("DELETE FROM verification_attempt WHERE account_ref = :account AND attempted_at <= now() - interval '1 hour'")
                .param("account", account).update();
        Window window = jdbc.sql("""
                        SELECT count(*) AS tries,
                               ceil(extract(epoch FROM min(attempted_at) + interval '1 hour' - now())) AS wait_seconds
                        FROM verification_attempt WHERE account_ref = :account""")
                .param("account", account)
                .query((rs, n) -> new Window(rs.getInt("tries"), rs.getLong("wait_seconds")))
                .single();
        if (window.tries() >= PER_HOUR) {
            return Optional.of(Duration.ofSeconds(Math.max(1, window.waitSeconds())));
        }
        jdbc.sql("INSERT INTO verification_attempt (account_ref, attempted_at) VALUES (:account, now())")
                .param("account", account).update();
        return Optional.empty();
    }

    private record Window(int tries, long waitSeconds) {
    }
}
