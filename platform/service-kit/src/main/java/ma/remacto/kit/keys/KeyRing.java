package ma.remacto.kit.keys;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The service's secret keys, by name ({@code actor}, {@code ballot}, {@code census}). A key given
 * as a secret ({@code remacto.keys.<name>}, base64, e.g. env {@code REMACTO_KEYS_BALLOT}) is used as
 * given; otherwise the key is made at random on first use and kept in the service's own database,
 * so every instance of the service shares it and it survives restarts. Outside the {@code local}
 * profile a given key must be at least {@value #MIN_BYTES} bytes and must not be one the
 * repository contains: the service refuses to start otherwise.
 */
public class KeyRing {

    public static final int MIN_BYTES = 32;
    static final String PREFIX = "remacto.keys";

    private final JdbcClient jdbc;
    private final Map<String, byte[]> given;
    private final Map<String, byte[]> loaded = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    public KeyRing(JdbcClient jdbc, Environment environment) {
        this.jdbc = jdbc;
        this.given = given(environment, environment.acceptsProfiles(Profiles.of("local")));
    }

    /** The key of that name: given, stored, or made now and stored. */
    public byte[] key(String name) {
        return loaded.computeIfAbsent(name, this::resolve).clone();
    }

    private byte[] resolve(String name) {
        byte[] secret = given.get(name);
        if (secret != null) {
            return secret;
        }
        byte[] fresh = new byte[MIN_BYTES];
        random.nextBytes(fresh);
        // Instances starting together may race: the first insert wins and everyone reads it back.
        jdbc.sql("INSERT INTO service_key (name, secret) VALUES (:name, :secret) ON CONFLICT (name) DO NOTHING")
                .param("name", name).param("secret", fresh).update();
        byte[] stored = jdbc.sql("SELECT secret FROM service_key WHERE name = :name").param("name", name)
                .query(byte[].class).single();
        if (stored.length < MIN_BYTES) {
            throw new IllegalStateException("the stored key '" + name + "' is shorter than " + MIN_BYTES + " bytes");
        }
        return stored;
    }

    private static Map<String, byte[]> given(Environment environment, boolean local) {
        Map<String, String> encoded = Binder.get(environment)
                .bind(PREFIX, Bindable.mapOf(String.class, String.class)).orElse(Map.of());
        Map<String, byte[]> keys = new ConcurrentHashMap<>();
        encoded.forEach((name, value) -> keys.put(name, decode(name, value, local)));
        return keys;
    }

    static byte[] decode(String name, String value, boolean local) {
        byte[] secret;
        try {
            secret = Base64.getDecoder().decode(value.strip().replace('-', '+').replace('_', '/'));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(PREFIX + "." + name + " must be base64", e);
        }
        if (!local && secret.length < MIN_BYTES) {
            throw new IllegalStateException(PREFIX + "." + name + " has " + secret.length
                    + " bytes; a key needs at least " + MIN_BYTES);
        }
        if (!local && RepositoryKeys.contains(value.strip(), secret)) {
            throw new IllegalStateException(PREFIX + "." + name
                    + " is a key published in the platform's repository; give this deployment a key of its own");
        }
        return secret;
    }
}
