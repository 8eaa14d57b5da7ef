package ma.remacto.kit.keys;

import ma.remacto.events.SealedText;
import ma.remacto.infra.EmbeddedPostgresServer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.env.MockEnvironment;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The key tables on a real PostgreSQL, migrated by the service kit's own migration. */
class KeyTablesIT {

    private static EmbeddedPostgresServer postgres;
    private static JdbcClient jdbc;

    @BeforeAll
    static void migrate() {
        postgres = EmbeddedPostgresServer.start(null, 0);
        postgres.ensureDatabase("keys");
        DriverManagerDataSource dataSource = new DriverManagerDataSource(postgres.jdbcUrl("keys"), postgres.username(),
                postgres.password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/keys").load().migrate();
        jdbc = JdbcClient.create(dataSource);
    }

    @AfterAll
    static void stop() {
        postgres.close();
    }

    private static String id() {
        return "proposal:" + UUID.randomUUID();
    }

    @Test
    void sealedTextOpensWhileItsKeyLives() {
        DataKeys keys = new DataKeys(jdbc);
        String key = id();

        SealedText sealed = keys.seal(key, "p-author", "إنارة الحي · éclairage");

        assertThat(sealed.keyId()).isEqualTo(key);
        assertThat(new String(Base64.getDecoder().decode(sealed.ciphertext()))).doesNotContain("clairage");
        assertThat(keys.open(sealed)).isEqualTo("إنارة الحي · éclairage");
        assertThat(keys.redaction(key)).isEmpty();
    }

    @Test
    void aShreddedKeyLeavesOnlyTheMarkOfWhy() {
        DataKeys keys = new DataKeys(jdbc);
        String hidden = id();
        SealedText text = keys.seal(hidden, "p-author", "hidden text");

        assertThat(keys.shred(hidden, Redaction.HIDDEN)).isTrue();

        assertThat(keys.open(text)).isEqualTo("[hidden]");
        assertThat(keys.redaction(hidden)).contains(Redaction.HIDDEN);
        assertThat(jdbc.sql("SELECT secret FROM data_key WHERE key_id = :k").param("k", hidden)
                .query(byte[].class).optional()).isEmpty();
        assertThat(keys.shred(hidden, Redaction.ERASED)).as("a key is shredded once").isFalse();
        assertThatThrownBy(() -> keys.seal(hidden, "p-author", "again")).hasMessageContaining("shredded");
    }

    @Test
    void manyTextsOpenInTheirPlacesWithOneLookupOfTheirKeys() {
        DataKeys keys = new DataKeys(jdbc);
        String kept = id();
        String hidden = id();
        List<SealedText> proposal = keys.sealAll(kept, "p-author", Arrays.asList("العنوان", null, "حي النهضة"));
        SealedText other = keys.seal(hidden, "p-other", "to be hidden");
        keys.shred(hidden, Redaction.HIDDEN);

        assertThat(proposal.get(1)).isNull();
        assertThat(proposal.get(0).keyId()).isEqualTo(kept);
        assertThat(keys.openAll(Arrays.asList(proposal.get(0), other, null, proposal.get(2),
                new SealedText("proposal:never-made", proposal.get(0).ciphertext()))))
                .containsExactly("العنوان", "[hidden]", null, "حي النهضة", "[erased]");
        assertThat(keys.openAll(List.of())).isEmpty();
    }

    @Test
    void erasureShredsEveryKeyOfItsSubjectAndNoOtherKey() {
        DataKeys keys = new DataKeys(jdbc);
        String subject = "p-" + UUID.randomUUID();
        SealedText first = keys.seal(id(), subject, "one");
        SealedText second = keys.seal(id(), subject, "two");
        SealedText someoneElses = keys.seal(id(), "p-other", "three");

        assertThat(keys.shredSubject(subject, Redaction.ERASED)).containsExactlyInAnyOrder(first.keyId(), second.keyId());

        assertThat(keys.open(first)).isEqualTo("[erased]");
        assertThat(keys.open(second)).isEqualTo("[erased]");
        assertThat(keys.open(someoneElses)).isEqualTo("three");
    }

    @Test
    void alteredCiphertextDoesNotOpen() {
        DataKeys keys = new DataKeys(jdbc);
        SealedText sealed = keys.seal(id(), "p-author", "text");
        byte[] bytes = Base64.getDecoder().decode(sealed.ciphertext());
        bytes[bytes.length - 1] ^= 1;

        SealedText altered = new SealedText(sealed.keyId(), Base64.getEncoder().encodeToString(bytes));

        assertThatThrownBy(() -> keys.open(altered)).hasMessageContaining("altered");
    }

    @Test
    void serviceKeysAreMadeOnceAndSharedByEveryInstance() {
        MockEnvironment environment = new MockEnvironment();
        KeyRing first = new KeyRing(jdbc, environment);
        KeyRing second = new KeyRing(jdbc, environment);

        byte[] key = first.key("ballot-" + UUID.randomUUID());

        assertThat(key).hasSize(KeyRing.MIN_BYTES);
        String name = jdbc.sql("SELECT name FROM service_key WHERE secret = :s").param("s", key)
                .query(String.class).single();
        assertThat(second.key(name)).isEqualTo(key);
    }

    @Test
    void aGivenKeyWinsAndIsNeverStored() {
        byte[] given = new byte[32];
        given[0] = 7;
        MockEnvironment environment = new MockEnvironment()
                .withProperty("remacto.keys.census", Base64.getEncoder().encodeToString(given));

        assertThat(new KeyRing(jdbc, environment).key("census")).isEqualTo(given);
        assertThat(jdbc.sql("SELECT count(*) FROM service_key WHERE name = 'census'").query(Long.class).single())
                .isZero();
    }
}
