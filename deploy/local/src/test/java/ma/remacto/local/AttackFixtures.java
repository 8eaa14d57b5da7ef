package ma.remacto.local;

import ma.remacto.local.GatewayClient.Answer;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the attacks aim at, entered through the gateway on top of the demo data: Temara's census,
 * one verified resident, proposals online (one left visible, one hidden by moderation, one whose
 * author asked for erasure), and an open consultation on the visible one.
 */
final class AttackFixtures {

    static final String COLLECTIVITY = "temara";
    static final String PROCESS = "temara-2025-2026";
    static final String RESIDENT_ID = "AB123456";
    static final String VISIBLE_TITLE = "visible-title-7f3a";
    static final String HIDDEN_TITLE = "hidden-title-91c2";
    static final String ERASED_TITLE = "erased-title-5d8e";

    final String operator;
    final String admin;
    final String otherAdmin;
    final String analyst;
    final String resident;
    final String secondAccountOfResident;
    String visibleProposal;
    String hiddenProposal;
    String erasedProposal;
    String consultation;

    private final GatewayClient gateway;

    AttackFixtures(GatewayClient gateway) throws Exception {
        this.gateway = gateway;
        operator = gateway.token(Map.of("sub", "operator-attacks", "roles", List.of("NETWORK_OPERATOR")));
        admin = gateway.token(Map.of("sub", "admin-temara-attacks", "roles", List.of("COLLECTIVITY_ADMIN"),
                "collectivity", COLLECTIVITY));
        otherAdmin = gateway.token(Map.of("sub", "admin-tamazgana-attacks", "roles", List.of("COLLECTIVITY_ADMIN"),
                "collectivity", "tamazgana"));
        analyst = gateway.token(Map.of("sub", "analyst-attacks", "roles", List.of("ANALYST")));
        resident = citizen("citizen-resident");
        secondAccountOfResident = citizen("citizen-resident-second-account");
    }

    String citizen(String subject) throws Exception {
        return gateway.token(Map.of("sub", subject, "roles", List.of("CITIZEN")));
    }

    void enter() throws Exception {
        ok(gateway.send("POST", "/api/collectivities/" + COLLECTIVITY + "/census", admin, "text/csv",
                ("identifier\n" + RESIDENT_ID + "\nCD654321\n").getBytes()));
        ok(gateway.post("/api/verifications", resident,
                "{\"collectivityId\":\"" + COLLECTIVITY + "\",\"identifier\":\"" + RESIDENT_ID + "\"}"));

        visibleProposal = submit(resident, VISIBLE_TITLE);
        hiddenProposal = submit(citizen("citizen-hidden"), HIDDEN_TITLE);
        String erasing = citizen("citizen-erasing");
        erasedProposal = submit(erasing, ERASED_TITLE);
        ok(gateway.post("/api/proposals/" + hiddenProposal + "/hiding", admin, "{\"reason\":\"insults a neighbour\"}"));
        ok(gateway.post("/api/me/erasure", erasing, "{}"));

        ok(gateway.post("/api/processes/" + PROCESS + "/phase", admin,
                "{\"phase\":\"CONSULTATION\",\"on\":\"" + OffsetDateTime.now(ZoneOffset.UTC).toLocalDate() + "\"}"));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Answer opened = ok(gateway.post("/api/processes/" + PROCESS + "/consultations", admin,
                "{\"id\":\"attacks\",\"title\":\"consultation under attack\",\"items\":[{\"ref\":\"" + visibleProposal
                        + "\",\"title\":\"the visible proposal\"}],\"opensAt\":\"" + now.minusMinutes(5)
                        + "\",\"closesAt\":\"" + now.plusDays(1) + "\"}"));
        consultation = opened.json().path("id").asText("attacks");
        await().until(() -> gateway.get("/api/consultations/" + consultation).status() == 200);
    }

    private String submit(String citizen, String title) throws Exception {
        Answer created = ok(gateway.post("/api/processes/" + PROCESS + "/proposals", citizen,
                "{\"channel\":\"DIGITAL_PLATFORM\",\"title\":\"" + title + "\",\"body\":\"body of " + title
                        + "\",\"neighbourhood\":\"hay " + title + "\"}"));
        return created.json().path("id").asText();
    }

    private static Answer ok(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isBetween(200, 299);
        return answer;
    }
}
