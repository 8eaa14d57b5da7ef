package ma.remacto.participation;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import ma.remacto.events.Topics;
import ma.remacto.kit.membership.Membership;
import ma.remacto.participation.command.Census.ReplaceCensusCommand;
import ma.remacto.participation.residence.ResidentKeys;
import ma.remacto.testkit.Api;
import ma.remacto.testkit.NetworkEvents;
import ma.remacto.testkit.RealInfrastructureTest;
import ma.remacto.testkit.TestTokens;
import ma.remacto.testkit.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.common.Registration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Residents only: the census, verification against it, and who may vote under which ballot. */
@RealInfrastructureTest
class ResidentsIT {

    private static final Duration PROJECTED = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Membership membership;
    @Autowired
    CommandBus commandBus;
    @Autowired
    ResidentKeys keys;

    private Api api;
    private Http http;
    private Votes votes;

    @BeforeEach
    void clients() {
        api = Api.at(port);
        http = new Http(port);
        votes = new Votes(port);
    }

    @Test
    void aCensusReplacementIsAllOrNothingWithPerLineErrors() throws Exception {
        String admin = TestTokens.adminOf("rabat");
        Http.Answer replaced = http.csv("/api/collectivities/rabat/census", admin, "identifier\nab123456\nCD654321\n");
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(replaced.json().path("collectivityId").asText()).isEqualTo("rabat");
        assertThat(replaced.json().path("entries").asInt()).isEqualTo(2);
        List<String> census = census("rabat");
        assertThat(census).hasSize(2).allSatisfy(hash -> assertThat(hash).doesNotContain("123456").doesNotContain("654321"));
        long events = storedEvents();

        Http.Answer refused = http.csv("/api/collectivities/rabat/census", admin, "EF111111\n\nZZ\nef111111\n");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("code").asText()).isEqualTo("invalid-census");
        assertThat(refused.json().path("errors").findValuesAsText("message"))
                .containsExactly("empty", "not an identity card number", "duplicate of line 1");
        assertThat(refused.json().path("errors").findValues("line")).extracting(JsonNode::asInt).containsExactly(2, 3, 4);
        assertThat(census("rabat")).as("nothing changed").isEqualTo(census);
        assertThat(storedEvents()).isEqualTo(events);

        List<ConsumerRecord<String, CloudEvent>> read = TopicReader.readUntil(Topics.PARTICIPATION, Duration.ofSeconds(60),
                records -> records.stream().anyMatch(r -> "census:rabat".equals(r.key())));
        CloudEvent published = read.stream().filter(r -> "census:rabat".equals(r.key())).map(ConsumerRecord::value)
                .findFirst().orElseThrow();
        assertThat(published.getType()).isEqualTo("ma.remacto.participation.CensusReplaced.v1");
        assertThat(new String(published.getData().toBytes(), StandardCharsets.UTF_8))
                .isEqualTo("{\"collectivityId\":\"rabat\",\"entries\":2}");
        assertThat(published.getExtension("actor")).asString().startsWith("p-");
    }

    @Test
    void theOldCensusStaysWhenItsReplacementIsNotRecorded() {
        String admin = TestTokens.adminOf("tiznit");
        assertThat(http.csv("/api/collectivities/tiznit/census", admin, "AB111111\n").status()).isEqualTo(200);
        List<String> census = census("tiznit");
        long events = storedEvents();
        // Fails the unit of work after the handler wrote the new census: the transaction must undo it.
        Registration failing = commandBus.registerHandlerInterceptor((unitOfWork, chain) -> {
            Object result = chain.proceed();
            if (unitOfWork.getMessage().getPayload() instanceof ReplaceCensusCommand) {
                throw new IllegalStateException("the event store is gone");
            }
            return result;
        });
        try {
            assertThat(http.csv("/api/collectivities/tiznit/census", admin, "CD222222\nEF333333\n").status()).isEqualTo(500);
        } finally {
            failing.cancel();
        }
        assertThat(census("tiznit")).isEqualTo(census);
        assertThat(storedEvents()).isEqualTo(events);
        assertThat(verify("tiznit-citizen-1", "tiznit", "CD222222").status()).isEqualTo(404);
        assertThat(verify("tiznit-citizen-1", "tiznit", "AB111111").status()).isEqualTo(201);
    }

    @Test
    void verificationAnswers404And409AndRefusesTheSixthTryInAnHour() {
        assertThat(http.csv("/api/collectivities/fes/census", TestTokens.adminOf("fes"), "AB1\nCD2\n").status())
                .isEqualTo(200);
        long events = storedEvents();
        rule(404, "not-in-census", verify("fes-citizen-a", "fes", "ZZ999"));
        assertThat(verify("fes-citizen-a", "fes", "ab1").status()).isEqualTo(201);
        assertThat(verify("fes-citizen-a", "fes", "AB1").status()).as("the same account again").isEqualTo(200);
        rule(409, "account-already-verified", verify("fes-citizen-a", "fes", "CD2"));
        rule(409, "identifier-already-bound", verify("fes-citizen-b", "fes", "AB1"));
        rule(400, "invalid-identifier", verify("fes-citizen-a", "fes", "12"));
        assertThat(verify("fes-citizen-a", "fes", "AB1").status()).isEqualTo(200);

        Http.Answer sixth = verify("fes-citizen-a", "fes", "AB1");
        rule(429, "too-many-attempts", sixth);
        assertThat(Long.parseLong(sixth.header("Retry-After").orElseThrow())).isBetween(1L, 3600L);
        assertThat(attempts("fes-citizen-a")).as("five tries; the refused sixth is not kept").isEqualTo(5);
        assertThat(attempts("fes-citizen-b")).isEqualTo(1);
        assertThat(storedEvents()).as("a verification is personal: no event").isEqualTo(events);
    }

    @Test
    void anUnverifiedCitizensVoteIsRefusedAndNothingIsRecorded() {
        String consultation = consultation("agadir");
        long events = storedEvents();
        rule(403, "not-a-verified-resident", votes.cast(consultation, "1", TestTokens.citizen("agadir-stranger"), "FOR"));
        rule(403, "not-a-verified-resident",
                votes.cast(consultation, "1", TestTokens.resident("fes-resident", "fes"), "FOR"));
        rule(403, "not-a-verified-resident", votes.withdraw(consultation, "1", TestTokens.citizen("agadir-stranger")));
        assertThat(storedEvents()).isEqualTo(events);
    }

    @Test
    void aCensusResidentVotes() {
        String consultation = consultation("meknes");
        assertThat(http.csv("/api/collectivities/meknes/census", TestTokens.operator(), "JK123\n").status()).isEqualTo(200);
        assertThat(verify("meknes-citizen", "meknes", "JK123").status()).isEqualTo(201);
        Api.Response cast = votes.cast(consultation, "1", TestTokens.citizen("meknes-citizen"), "FOR");
        assertThat(cast.status()).as(cast.raw()).isEqualTo(200);
        await().atMost(PROJECTED).until(() -> online(consultation).equals("1/0"));
    }

    @Test
    void aResidentTheIssuerVouchesForVotes() {
        String consultation = consultation("safi");
        Api.Response cast = votes.cast(consultation, "1", TestTokens.resident("safi-citizen", "safi"), "AGAINST");
        assertThat(cast.status()).as(cast.raw()).isEqualTo(200);
        await().atMost(PROJECTED).until(() -> online(consultation).equals("0/1"));
    }

    @Test
    void aResidentVerifiedOnceStaysVerifiedWhenTheCensusIsReplaced() {
        String consultation = consultation("nador");
        String operator = TestTokens.operator();
        assertThat(http.csv("/api/collectivities/nador/census", operator, "NA1\n").status()).isEqualTo(200);
        assertThat(verify("nador-citizen", "nador", "NA1").status()).isEqualTo(201);
        assertThat(http.csv("/api/collectivities/nador/census", operator, "NA2\n").status()).isEqualTo(200);
        assertThat(votes.cast(consultation, "1", TestTokens.citizen("nador-citizen"), "FOR").status()).isEqualTo(200);
    }

    @Test
    void twoAccountsOfOneIdentityCannotCastTwoCountedVotes() {
        String consultation = consultation("tanger");
        assertThat(http.csv("/api/collectivities/tanger/census", TestTokens.adminOf("tanger"), "TA777\n").status())
                .isEqualTo(200);
        String first = TestTokens.citizen("tanger-first-account");
        String second = TestTokens.citizen("tanger-second-account");
        assertThat(verify("tanger-first-account", "tanger", "TA777").status()).isEqualTo(201);
        Api.Response cast = votes.cast(consultation, "1", first, "FOR");
        assertThat(cast.status()).isEqualTo(200);
        String ballot = cast.json().path("ballotId").asText();

        rule(409, "identifier-already-bound", verify("tanger-second-account", "tanger", "TA777"));
        rule(403, "not-a-verified-resident", votes.cast(consultation, "1", second, "FOR"));
        await().atMost(PROJECTED).until(() -> online(consultation).equals("1/0"));

        // The first account lets the identity go; the second takes it, and with it the same ballot.
        assertThat(api.post("/api/me/erasure", first, "{}").status()).isEqualTo(200);
        assertThat(verify("tanger-second-account", "tanger", "TA777").status()).isEqualTo(201);
        Api.Response again = votes.cast(consultation, "1", second, "AGAINST");
        assertThat(again.json().path("ballotId").asText()).as("one identity, one ballot").isEqualTo(ballot);
        await().atMost(PROJECTED).until(() -> online(consultation).equals("0/1"));
    }

    @Test
    void myBallotsShowOnlyMyOwn() {
        String consultation = consultation("oujda");
        assertThat(http.csv("/api/collectivities/oujda/census", TestTokens.adminOf("oujda"), "OU1\n").status())
                .isEqualTo(200);
        assertThat(verify("oujda-census-citizen", "oujda", "OU1").status()).isEqualTo(201);
        String censusCitizen = TestTokens.citizen("oujda-census-citizen");
        String vouched = TestTokens.resident("oujda-vouched-citizen", "oujda");
        String mine = votes.cast(consultation, "1", censusCitizen, "FOR").json().path("ballotId").asText();
        String theirs = votes.cast(consultation, "1", vouched, "AGAINST").json().path("ballotId").asText();
        assertThat(mine).isNotEqualTo(theirs);

        await().atMost(PROJECTED).untilAsserted(() -> {
            JsonNode receipt = api.get("/api/me/ballots", censusCitizen).json().path("ballots");
            assertThat(receipt.findValuesAsText("ballotId")).containsExactly(mine);
            assertThat(receipt.get(0).path("consultationId").asText()).isEqualTo(consultation);
            assertThat(receipt.get(0).path("collectivityId").asText()).isEqualTo("oujda");
            assertThat(receipt.get(0).path("title").asText()).isEqualTo("Projet de programme");
            assertThat(receipt.get(0).path("votes").findValuesAsText("choice")).containsExactly("FOR");
        });
        await().atMost(PROJECTED).untilAsserted(() -> {
            String receipt = api.get("/api/me/ballots", vouched).raw();
            assertThat(receipt).contains(theirs).contains("AGAINST").doesNotContain(mine);
        });
        assertThat(api.get("/api/me/ballots", TestTokens.citizen("oujda-stranger")).json().path("ballots")).isEmpty();
        assertThat(api.get("/api/me/ballots").status()).isEqualTo(401);
        assertThat(api.get("/api/me/ballots", TestTokens.adminOf("oujda")).status()).isEqualTo(403);
    }

    /** Opens a process of the collectivity in its consultation phase, with a consultation on one item. */
    private String consultation(String collectivity) {
        try {
            NetworkEvents.admit(collectivity, membership);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        String admin = TestTokens.adminOf(collectivity);
        String process = collectivity + "-2025";
        assertThat(api.post("/api/processes", admin, """
                {"id":"%s","collectivityId":"%s","title":"PAO","cycle":"2025"}""".formatted(process, collectivity))
                .status()).isEqualTo(201);
        assertThat(api.post("/api/processes/" + process + "/phase", admin,
                "{\"phase\":\"CONSULTATION\",\"on\":\"2025-09-01\"}").status()).isEqualTo(200);
        String consultation = collectivity + "-draft";
        Api.Response opened = api.post("/api/processes/" + process + "/consultations", admin, """
                {"id":"%s","title":"Projet de programme","items":[{"ref":"%s#1","title":"Voirie"}],
                 "opensAt":"%s","closesAt":"%s"}""".formatted(consultation, process, Instant.now().minusSeconds(60),
                Instant.now().plusSeconds(3600)));
        assertThat(opened.status()).as(opened.raw()).isEqualTo(201);
        await().atMost(PROJECTED).until(() -> api.get("/api/consultations/" + consultation).status() == 200);
        return consultation;
    }

    private Http.Answer verify(String subject, String collectivity, String identifier) {
        return http.json("/api/verifications", TestTokens.citizen(subject),
                "{\"collectivityId\":\"" + collectivity + "\",\"identifier\":\"" + identifier + "\"}");
    }

    private String online(String consultation) {
        JsonNode online = api.get("/api/consultations/" + consultation + "/results").json().path("items").get(0).path("online");
        return online.path("for").asLong() + "/" + online.path("against").asLong();
    }

    private List<String> census(String collectivity) {
        return jdbc.sql("SELECT identity_hash FROM census_entry WHERE collectivity_id = :c ORDER BY identity_hash")
                .param("c", collectivity).query(String.class).list();
    }

    /** The tries kept for the account of this token subject. */
    private long attempts(String subject) {
        return jdbc.sql("SELECT count(*) FROM verification_attempt WHERE account_ref = :account")
                .param("account", keys.account(subject)).query(Long.class).single();
    }

    private long storedEvents() {
        return jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
    }

    private static void rule(int status, String code, Http.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.json().path("code").asText()).as(answer.body()).isEqualTo(code);
    }

    private static void rule(int status, String code, Api.Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.json().path("code").asText()).as(response.raw()).isEqualTo(code);
    }
}
