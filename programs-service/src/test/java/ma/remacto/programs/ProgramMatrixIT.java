package ma.remacto.programs;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import ma.remacto.events.Topics;
import ma.remacto.events.participation.ReviewDecision;
import ma.remacto.kit.membership.Membership;
import ma.remacto.testkit.Api;
import ma.remacto.testkit.NetworkEvents;
import ma.remacto.testkit.RealInfrastructureTest;
import ma.remacto.testkit.TestTokens;
import ma.remacto.testkit.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Temara's program on real PostgreSQL and Kafka: its matrix imported from the seed CSV, adopted,
 * revised, executed and evaluated. It runs in a database of its own, so that the walking
 * skeleton's Temara draft for the same period (ProgramsServiceIT) does not meet this one.
 */
@RealInfrastructureTest
@TestPropertySource(properties = "remacto.test.database=program-matrix")
class ProgramMatrixIT {

    private static final String PROGRAM = "temara-2025-2026";
    private static final String BASE = "/api/programs/" + PROGRAM;
    private static final String ADMIN = TestTokens.adminOf("temara");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Membership membership;

    @BeforeEach
    void temaraAndTamazganaAreMembers() throws Exception {
        NetworkEvents.admit("temara", membership);
        NetworkEvents.admit("tamazgana", membership);
    }

    private Api api() {
        return Api.at(port);
    }

    private long storedEvents() {
        return jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.raw()).isBetween(200, 201);
    }

    private static String draft(String id, int start, int end) {
        return """
                {"id":"%s","collectivityId":"temara","title":"برنامج عمل انفتاح جماعة تمارة","startYear":%d,"endYear":%d}"""
                .formatted(id, start, end);
    }

    private static byte[] seedMatrix() throws IOException {
        try (InputStream in = ProgramMatrixIT.class.getResourceAsStream("/seeds/temara-2025-2026-matrix.csv")) {
            return in.readAllBytes();
        }
    }

    @Test
    void temarasMatrixIsImportedAdoptedRevisedExecutedAndEvaluated() throws Exception {
        ok(api().post("/api/programs", ADMIN, draft(PROGRAM, 2025, 2026)));
        Api.Response imported = upload(BASE + "/matrix", ADMIN, "text/csv; charset=utf-8", seedMatrix());
        assertThat(imported.status()).as(imported.raw()).isEqualTo(200);
        assertThat(imported.json().path("axesAdded").asInt()).isEqualTo(4);
        assertThat(imported.json().path("projectsAdded").asInt()).isEqualTo(10);
        long afterImport = storedEvents();
        Api.Response again = upload(BASE + "/matrix", ADMIN, "text/csv", seedMatrix());
        assertThat(again.status()).as(again.raw()).isEqualTo(200);
        assertThat(again.json().path("unchanged").asInt()).isEqualTo(10);
        assertThat(again.json().path("projectsAdded").asInt()).isZero();
        assertThat(storedEvents()).as("a re-import records nothing").isEqualTo(afterImport);
        Api.Response conflicting = upload(BASE + "/matrix", ADMIN, "text/csv",
                "المحور;رقم المشروع;تسمية المشروع;المدة;الكلفة\n1;2;صيانة المساحات الخضراء بالجماعة;24;29,00\n"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(conflicting.status()).as(conflicting.raw()).isEqualTo(400);
        assertThat(conflicting.json().path("errors").get(0).path("row").asInt()).isEqualTo(2);
        assertThat(conflicting.json().path("errors").get(0).path("column").asText()).isEqualTo("costMdh");
        assertThat(storedEvents()).isEqualTo(afterImport);

        await().atMost(Duration.ofSeconds(20)).until(() -> api().get(BASE).status() == 200);
        Api.Response secondDraft = api().post("/api/programs", ADMIN, draft("temara-bis", 2026, 2027));
        assertThat(secondDraft.status()).isEqualTo(409);
        assertThat(secondDraft.json().path("code").asText()).isEqualTo("program-exists-for-period");

        ok(api().post(BASE + "/consultation", ADMIN, "{\"on\":\"2024-09-02\"}"));
        ok(api().post(BASE + "/adoption", TestTokens.operator(),
                "{\"session\":\"الدورة العادية لشهر أكتوبر 2024\",\"adoptedOn\":\"2024-10-07\"}"));
        Api.Response frozen = api().post(BASE + "/axes", ADMIN, "{\"number\":5,\"titleAr\":\"محور\"}");
        assertThat(frozen.status()).isEqualTo(409);
        assertThat(frozen.json().path("code").asText()).isEqualTo("program-adopted");
        ok(api().post(BASE + "/projects/2/revisions", ADMIN,
                "{\"costMad\":30000000,\"revisedOn\":\"2025-03-01\",\"reason\":\"تحيين الكلفة بعد الدراسة التقنية\"}"));
        ok(api().post(BASE + "/projects/3/progress", ADMIN,
                "{\"asOf\":\"2025-06-30\",\"status\":\"IN_PROGRESS\",\"percent\":50,\"note\":\"نصف الشبكة مجدد\"}"));
        ok(api().post(BASE + "/projects/10/progress", ADMIN,
                "{\"asOf\":\"2025-06-30\",\"status\":\"COMPLETED\",\"percent\":100}"));
        Api.Response beforePeriod = api().post(BASE + "/projects/3/progress", ADMIN,
                "{\"asOf\":\"2024-12-31\",\"status\":\"IN_PROGRESS\",\"percent\":60}");
        assertThat(beforePeriod.status()).as(beforePeriod.raw()).isEqualTo(409);
        assertThat(beforePeriod.json().path("code").asText()).isEqualTo("outside-program-period");
        assertThat(beforePeriod.json().path("detail").asText()).contains("before it starts");
        Api.Response down = api().post(BASE + "/projects/3/progress", ADMIN,
                "{\"asOf\":\"2025-07-31\",\"status\":\"DELAYED\",\"percent\":40}");
        assertThat(down.status()).isEqualTo(400);
        assertThat(down.json().path("code").asText()).isEqualTo("percent-decrease-needs-reason");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(api().get(BASE).json().path("status").asText()).isEqualTo("IN_EXECUTION"));
        Api.Response now = api().get(BASE);
        JsonNode program = now.json();
        assertThat(now.raw()).contains("\"adoptedTotalCostMad\":85750000,").contains("\"totalCostMad\":87750000,")
                .contains("\"progressPercent\":14.02,");
        assertThat(program.path("adoption").path("adoptedOn").asText()).isEqualTo("2024-10-07");
        assertThat(program.path("axes")).extracting(a -> a.path("totalCostMad").decimalValue().toPlainString())
                .containsExactly("56200000", "15200000", "16050000", "300000");
        assertThat(program.path("axes").get(0).path("titleAr").asText()).isEqualTo("الاستدامة والحفاظ على البيئة");
        JsonNode projects = program.path("axes").get(0).path("projects");
        assertThat(projects.get(1).path("costMad").asLong()).isEqualTo(30000000);
        assertThat(projects.get(2).path("percent").asInt()).isEqualTo(50);
        assertThat(projects.get(3).path("plannedEnd").asText()).as("3 months from the program's start, not from "
                + "its adoption").isEqualTo("2025-04-01");
        assertThat(projects.get(3).path("late").asBoolean()).as("3 months from 2025-01-01, not started").isTrue();
        assertThat(program.path("axes").get(3).path("projects").get(0).path("late").asBoolean())
                .as("completed").isFalse();
        assertThat(program.path("axes").get(2).path("projects").get(0).path("durationMonths").decimalValue())
                .isEqualByComparingTo("22.5");
        JsonNode revision = program.path("revisions").get(0);
        assertThat(revision.path("number").asInt()).isEqualTo(2);
        assertThat(revision.path("reason").asText()).isEqualTo("تحيين الكلفة بعد الدراسة التقنية");
        assertThat(now.raw()).contains("{\"field\":\"costMad\",\"from\":28000000,\"to\":30000000}");

        Api.Response asAdopted = api().get(BASE + "?view=adopted");
        assertThat(asAdopted.raw()).contains("\"totalCostMad\":85750000,").contains("\"totalCostMad\":54200000,");
        assertThat(asAdopted.json().path("axes").get(0).path("projects").get(1).path("costMad").asLong()).isEqualTo(28000000);
        assertThat(asAdopted.json().path("revisions")).hasSize(1);

        ok(api().post(BASE + "/evaluations", ADMIN, """
                {"id":"h1-2025","periodFrom":"2025-01-01","periodTo":"2025-06-30","findings":[
                 {"number":3,"completion":"SUBSTANTIAL","openedGovernment":"MARGINAL","verifiable":true}],
                 "design":[{"number":3,"relevantTo":["TRANSPARENCY"],"potentialImpact":"MINOR"}],
                 "byCivilSociety":false,"principles":["ACCOUNTABILITY"]}"""));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(api().get(BASE + "/evaluations").json().path("items").get(0).path("findings").get(0)
                        .path("completion").asText()).isEqualTo("SUBSTANTIAL"));
        JsonNode evaluation = api().get(BASE + "/evaluations").json().path("items").get(0);
        assertThat(evaluation.path("design").get(0).path("potentialImpact").asText()).isEqualTo("MINOR");
        assertThat(evaluation.path("byCivilSociety").asBoolean(true)).as("the committee alone").isFalse();
        assertThat(evaluation.path("principles").get(0).asText()).isEqualTo("ACCOUNTABILITY");

        List<ConsumerRecord<String, CloudEvent>> records = TopicReader.readUntil(Topics.PROGRAMS, Duration.ofSeconds(30),
                read -> read.stream().anyMatch(r -> r.value().getType().endsWith("EvaluationRecorded.v2")
                        && PROGRAM.equals(r.key())));
        List<CloudEvent> ours = records.stream().filter(r -> PROGRAM.equals(r.key())).map(ConsumerRecord::value).toList();
        CloudEvent adopted = ours.stream().filter(e -> e.getType().equals("ma.remacto.programs.ProgramAdopted.v1"))
                .findFirst().orElseThrow();
        assertThat(new String(adopted.getData().toBytes(), StandardCharsets.UTF_8)).contains("\"totalCostMad\":85750000");
        assertThat(adopted.getExtension("collectivity")).as("stamped by the program for an operator").isEqualTo("temara");
        assertThat(adopted.getExtension("actorrole")).isEqualTo("NETWORK_OPERATOR");
        List<String> types = ours.stream().map(CloudEvent::getType).toList();
        assertThat(types.indexOf("ma.remacto.programs.ProgramExecutionStarted.v1"))
                .isLessThan(types.indexOf("ma.remacto.programs.ProgressReported.v1")).isPositive();
        assertThat(ours.stream().filter(e -> e.getType().endsWith("ProjectRevised.v1")).findFirst().orElseThrow()
                .getExtension("reason")).isEqualTo("تحيين الكلفة بعد الدراسة التقنية");
    }

    @Test
    void anAdminOfAnotherCollectivityChangesNothingInTemarasProgram() throws Exception {
        String program = "/api/programs/temara-2027-2028";
        ok(api().post("/api/programs", ADMIN, draft("temara-2027-2028", 2027, 2028)));
        long before = storedEvents();
        String intruder = TestTokens.adminOf("tamazgana");

        Api.Response imported = upload(program + "/matrix", intruder, "text/csv", seedMatrix());
        assertThat(imported.status()).isEqualTo(403);
        assertThat(imported.contentType()).startsWith("application/problem+json");
        assertThat(api().post(program + "/axes", intruder, "{\"number\":1,\"titleAr\":\"محور\"}").status()).isEqualTo(403);
        assertThat(api().post(program + "/consultation", intruder, "{\"on\":\"2026-01-05\"}").status()).isEqualTo(403);
        assertThat(api().post(program + "/axes", TestTokens.citizen("citizen-1"), "{\"number\":1,\"titleAr\":\"محور\"}")
                .status()).isEqualTo(403);

        assertThat(storedEvents()).isEqualTo(before);
        await().atMost(Duration.ofSeconds(20)).until(() -> api().get(program).status() == 200);
        assertThat(api().get(program).json().path("axes")).isEmpty();
        assertThat(api().get(program).json().path("status").asText()).isEqualTo("DRAFT");
    }

    @Test
    void aProjectAnswersOnlyRetainedProposalsOfItsCollectivity() throws Exception {
        CloudEvent retained = ParticipationEvents.reviewed("temara-process", "temara", 2, "p-temara-1", ReviewDecision.RETAINED);
        ParticipationEvents.publish(
                ParticipationEvents.submitted("temara-process", "temara", 1, "p-temara-1"), retained, retained,
                ParticipationEvents.submitted("temara-process", "temara", 3, "p-temara-2"),
                ParticipationEvents.reviewed("temara-process", "temara", 4, "p-temara-2", ReviewDecision.NOT_RETAINED),
                ParticipationEvents.submitted("tamazgana-process", "tamazgana", 1, "p-tamazgana-1"),
                ParticipationEvents.reviewed("tamazgana-process", "tamazgana", 2, "p-tamazgana-1", ReviewDecision.RETAINED),
                ParticipationEvents.submittedAsRevision1("temara-process", "temara", 5, "p-temara-3"));
        await().atMost(Duration.ofSeconds(30)).until(() -> status("p-tamazgana-1").filter("RETAINED"::equals).isPresent()
                && status("p-temara-2").filter("NOT_RETAINED"::equals).isPresent()
                && status("p-temara-3").filter("SUBMITTED"::equals).isPresent());
        assertThat(status("p-temara-1")).contains("RETAINED");
        assertThat(jdbc.sql("SELECT count(*) FROM proposal_received_event WHERE event_id = :id")
                .param("id", retained.getId()).query(Long.class).single()).as("a redelivered event counts once").isEqualTo(1);

        String program = "/api/programs/temara-2029-2030";
        ok(api().post("/api/programs", ADMIN, draft("temara-2029-2030", 2029, 2030)));
        ok(api().post(program + "/axes", ADMIN, "{\"number\":1,\"titleAr\":\"الاستدامة والحفاظ على البيئة\"}"));
        String project = """
                {"number":%d,"axis":1,"titleAr":"سقي المساحات الخضراء بالمياه المعالجة","durationMonths":24,
                 "costMad":1500000,"proposalIds":["%s"]}""";
        ok(api().post(program + "/projects", ADMIN, project.formatted(1, "p-temara-1")));
        for (String notRetained : List.of("p-temara-2", "p-tamazgana-1", "p-unknown")) {
            Api.Response refused = api().post(program + "/projects", ADMIN, project.formatted(2, notRetained));
            assertThat(refused.status()).as(notRetained).isEqualTo(409);
            assertThat(refused.json().path("code").asText()).isEqualTo("proposal-not-retained");
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                api().get(program + "/projects/1").json().path("proposalIds").get(0).asText()).isEqualTo("p-temara-1"));
        assertThat(api().get(program + "/projects/2").status()).isEqualTo(404);
        assertThat(api().get(program + "?view=adopted").status()).as("a draft has no adopted matrix").isEqualTo(404);
    }

    @Test
    void anImportedDraftIsEditedAndPrunedAndItsProposalLinksChangeLaterWithAReasonAfterAdoption() throws Exception {
        CloudEvent retained = ParticipationEvents.reviewed("temara-links", "temara", 2, "p-links-1", ReviewDecision.RETAINED);
        ParticipationEvents.publish(ParticipationEvents.submitted("temara-links", "temara", 1, "p-links-1"), retained);
        await().atMost(Duration.ofSeconds(30)).until(() -> status("p-links-1").filter("RETAINED"::equals).isPresent());
        String program = "/api/programs/temara-2031-2032";
        ok(api().post("/api/programs", ADMIN, draft("temara-2031-2032", 2031, 2032)));
        assertThat(upload(program + "/matrix", ADMIN, "text/csv", seedMatrix()).status()).isEqualTo(200);

        ok(send("PUT", program + "/projects/2", ADMIN, """
                {"axis":2,"titleAr":"صيانة المساحات الخضراء","durationMonths":12,"costMad":20000000,
                 "startsOn":"2031-06-01","principles":["CITIZEN_PARTICIPATION","TRANSPARENCY"]}"""));
        ok(send("PUT", program + "/axes/3", ADMIN, "{\"titleAr\":\"السير والجولان\",\"titleFr\":\"Circulation\"}"));
        Api.Response axisInUse = send("DELETE", program + "/axes/1", ADMIN, null);
        assertThat(axisInUse.status()).as(axisInUse.raw()).isEqualTo(409);
        assertThat(axisInUse.json().path("code").asText()).isEqualTo("axis-has-projects");
        ok(send("DELETE", program + "/projects/10", ADMIN, null));
        ok(send("DELETE", program + "/axes/4", ADMIN, null));
        ok(send("PUT", program + "/projects/1/proposals/p-links-1", ADMIN, null));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode now = api().get(program).json();
            assertThat(now.path("axes")).extracting(a -> a.path("number").asInt()).containsExactly(1, 2, 3);
            assertThat(now.path("axes").get(2).path("titleFr").asText()).isEqualTo("Circulation");
            assertThat(now.path("totalCostMad").decimalValue()).as("85.75 MDH - 8 MDH - 0.30 MDH")
                    .isEqualByComparingTo("77450000");
        });
        JsonNode edited = api().get(program + "/projects/2").json();
        assertThat(edited.path("axis").asInt()).isEqualTo(2);
        assertThat(edited.path("funding").isNull()).as("funding unknown, not own funds").isTrue();
        assertThat(edited.path("startsOn").asText()).isEqualTo("2031-06-01");
        assertThat(edited.path("principles")).extracting(JsonNode::asText)
                .containsExactly("TRANSPARENCY", "CITIZEN_PARTICIPATION");
        assertThat(edited.path("plannedEnd").isNull()).as("a draft plans no end yet").isTrue();
        assertThat(api().get(program + "/projects/1").json().path("proposalIds").get(0).asText()).isEqualTo("p-links-1");
        assertThat(api().get(program + "/projects/10").status()).isEqualTo(404);

        ok(api().post(program + "/consultation", ADMIN, "{\"on\":\"2024-09-02\"}"));
        ok(api().post(program + "/adoption", ADMIN, "{\"session\":\"دورة أكتوبر\",\"adoptedOn\":\"2024-10-07\"}"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode adopted = api().get(program).json().path("axes");
            assertThat(adopted.get(1).path("projects").get(0).path("plannedEnd").asText()).as("from its own start")
                    .isEqualTo("2032-06-01");
            assertThat(adopted.get(0).path("projects").get(0).path("plannedEnd").asText()).as("from the program's start")
                    .isEqualTo("2033-01-01");
        });
        Api.Response frozen = send("PUT", program + "/axes/3", ADMIN, "{\"titleAr\":\"محور\"}");
        assertThat(frozen.status()).isEqualTo(409);
        assertThat(frozen.json().path("code").asText()).isEqualTo("program-adopted");
        Api.Response noReason = send("DELETE", program + "/projects/1/proposals/p-links-1", ADMIN, null);
        assertThat(noReason.status()).as(noReason.raw()).isEqualTo(400);
        assertThat(noReason.json().path("detail").asText()).contains("reason");
        ok(send("DELETE", program + "/projects/1/proposals/p-links-1", ADMIN, "{\"reason\":\"لا يجيب المشروع عن الاقتراح\"}"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(api().get(program + "/projects/1").json().path("proposalIds")).isEmpty());

        List<ConsumerRecord<String, CloudEvent>> records = TopicReader.readUntil(Topics.PROGRAMS, Duration.ofSeconds(30),
                read -> read.stream().anyMatch(r -> r.value().getType().endsWith("ProposalUnlinked.v1")
                        && "temara-2031-2032".equals(r.key())));
        CloudEvent unlinked = records.stream().filter(r -> "temara-2031-2032".equals(r.key())).map(ConsumerRecord::value)
                .filter(e -> e.getType().equals("ma.remacto.programs.ProposalUnlinked.v1")).findFirst().orElseThrow();
        assertThat(unlinked.getExtension("reason")).isEqualTo("لا يجيب المشروع عن الاقتراح");
        assertThat(records.stream().filter(r -> "temara-2031-2032".equals(r.key())).map(r -> r.value().getType()))
                .contains("ma.remacto.programs.ProjectAdded.v2", "ma.remacto.programs.ProjectEdited.v1",
                        "ma.remacto.programs.AxisEdited.v1", "ma.remacto.programs.ProjectRemoved.v1",
                        "ma.remacto.programs.AxisRemoved.v1", "ma.remacto.programs.ProposalLinked.v1");
    }

    private Optional<String> status(String proposalId) {
        return jdbc.sql("SELECT status FROM proposal_replica WHERE proposal_id = :id").param("id", proposalId)
                .query(String.class).optional();
    }

    private Api.Response send(String method, String path, String token, String json) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + token)
                        .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Api.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                null, response.body());
    }

    private Api.Response upload(String path, String token, String contentType, byte[] body) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", contentType)
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Api.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                null, response.body());
    }
}
