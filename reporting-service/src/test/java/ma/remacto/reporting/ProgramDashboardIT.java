package ma.remacto.reporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.cloudevents.CloudEvent;
import ma.remacto.events.network.AdmissionDecidedEvent;
import ma.remacto.events.network.AdmissionDecision;
import ma.remacto.events.network.CollectivityKind;
import ma.remacto.events.network.CollectivityRegisteredEvent;
import ma.remacto.events.programs.AxisAddedEvent;
import ma.remacto.events.programs.Funding;
import ma.remacto.events.programs.ProgramAdoptedEvent;
import ma.remacto.events.programs.ProgramDraftedEvent;
import ma.remacto.events.programs.ProgramExecutionStartedEvent;
import ma.remacto.events.programs.ProgramPutToConsultationEvent;
import ma.remacto.events.programs.ProgressReportedEvent;
import ma.remacto.events.programs.ProjectAddedEvent;
import ma.remacto.events.programs.ProjectRevisedEvent;
import ma.remacto.events.programs.ProjectStatus;
import ma.remacto.testkit.Api;
import ma.remacto.testkit.RealInfrastructureTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The program on the collectivity dashboard, and the network's adopted programs, from the programs
 * stream, on Temara's 2025–2026 matrix (DOMAIN.md): 10 projects in 4 axes, 85.75 MDH. The documents
 * date neither the adoption nor any revision or report: the tests' dates are made up. Tests share
 * the database, so each uses a collectivity of its own and reads the network's figures as deltas.
 */
@RealInfrastructureTest
class ProgramDashboardIT {

    private static final OffsetDateTime DRAFTED_AT = OffsetDateTime.of(2024, 6, 15, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final LocalDate CONSULTED_ON = LocalDate.of(2024, 7, 1);
    private static final LocalDate ADOPTED_ON = LocalDate.of(2024, 10, 7);

    /** Reads numbers as the exact decimal text they were written in: 85750000.00 stays 85750000.00. */
    private static final ObjectMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    @LocalServerPort
    int port;

    @Value("${spring.kafka.consumer.group-id}")
    String group;

    /** A row of the seed matrix: axis, project, title, months, MDH. */
    private record Row(int axis, int number, String titleAr, String months, String mdh) {
    }

    private static final List<String> AXES = List.of("الاستدامة والحفاظ على البيئة",
            "تأهيل المقابر وتنظيم مرفق دفن الأموات", "تنظيم السير والجولان بالجماعة", "العنونة بالجماعة");

    private static final List<Row> MATRIX = List.of(
            new Row(1, 1, "تعميم الربط بشبكة المياه العادمة المعالجة لسقي المساحات الخضراء", "24", "1.50"),
            new Row(1, 2, "صيانة المساحات الخضراء بالجماعة", "24", "28.00"),
            new Row(1, 3, "تجديد شبكة الإنارة العمومية", "23", "24.00"),
            new Row(1, 4, "تنظيم حملات التوعية والتحسيس للحفاظ على البيئة ونظافة المدينة", "3", "0.70"),
            new Row(2, 5, "تهيئة وصيانة المقابر بالجماعة", "22", "0.40"),
            new Row(2, 6, "تأهيل المكتب الجماعي لحفظ الصحة", "24", "14.80"),
            new Row(3, 7, "تعزيز التشوير الأفقي والعمودي", "22.5", "7.00"),
            new Row(3, 8, "تنظيم لقاءات تواصلية وتحسيسية حول السلامة الطرقية", "23.5", "0.05"),
            new Row(3, 9, "تقوية الطرق الداخلية بالجماعة", "22.5", "9.00"),
            new Row(4, 10, "العنونة بالجماعة", "22.5", "0.30"));

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    /** Dirhams from the seed's millions of dirhams, as an importer reads them: 1.50 MDH = 1500000.00. */
    private static BigDecimal mdh(String millions) {
        return new BigDecimal(millions).multiply(MILLION);
    }

    /** A collectivity with Temara's program, drafted, put to consultation and adopted by its council. */
    private record Temara(TestFeed feed, String program, CloudEvent drafted, CloudEvent firstProject,
                          CloudEvent adoption) {

        static Temara adopted(TestFeed feed, String id) {
            feed.on(id, new CollectivityRegisteredEvent(id, CollectivityKind.COMMUNE, "تمارة", "Témara", null,
                    "rabat-sale-kenitra", "Skhirate-Témara"));
            feed.on(id, new AdmissionDecidedEvent(id, AdmissionDecision.ADMITTED, LocalDate.of(2024, 4, 25), Map.of()));
            String program = id + "-2025-2026";
            CloudEvent drafted = feed.at(DRAFTED_AT, program,
                    new ProgramDraftedEvent(program, id, "برنامج عمل انفتاح جماعة تمارة", 2025, 2026));
            for (int axis = 1; axis <= AXES.size(); axis++) {
                feed.on(program, new AxisAddedEvent(program, axis, AXES.get(axis - 1), null));
            }
            List<CloudEvent> projects = new ArrayList<>();
            for (Row row : MATRIX) {
                projects.add(feed.on(program, new ProjectAddedEvent(program, row.number(), row.axis(), row.titleAr(),
                        null, new BigDecimal(row.months()), mdh(row.mdh()),
                        new Funding(Funding.FundingKind.OWN, List.of(), List.of()), List.of(), null, List.of())));
            }
            feed.on(program, new ProgramPutToConsultationEvent(program, CONSULTED_ON));
            CloudEvent adopted = feed.on(program, new ProgramAdoptedEvent(program, "الدورة العادية لشهر أكتوبر 2024",
                    ADOPTED_ON, null, mdh("85.75")));
            return new Temara(feed, program, drafted, projects.get(0), adopted);
        }

        CloudEvent revise(int number, LocalDate on, BigDecimal costMad, boolean cancelled, String reason) {
            return feed.because(reason, program, new ProjectRevisedEvent(program, number, on, costMad, null, null, null,
                    cancelled));
        }

        CloudEvent report(int number, LocalDate asOf, ProjectStatus status, String percent) {
            return feed.on(program, new ProgressReportedEvent(program, number, asOf, status, new BigDecimal(percent),
                    null, null));
        }
    }

    /** The maintenance of green spaces costs 2 MDH more; two projects report progress. */
    private static List<CloudEvent> executeWithARevision(Temara temara) {
        List<CloudEvent> events = new ArrayList<>();
        events.add(temara.feed().on(temara.program(),
                new ProgramExecutionStartedEvent(temara.program(), LocalDate.of(2025, 1, 15))));
        events.add(temara.revise(2, LocalDate.of(2025, 3, 1), mdh("30.00"), false, "نتائج طلب العروض"));
        events.add(temara.report(3, LocalDate.of(2025, 6, 30), ProjectStatus.IN_PROGRESS, "37.5"));
        events.add(temara.report(7, LocalDate.of(2025, 6, 30), ProjectStatus.DELAYED, "20"));
        return events;
    }

    private Api.Response get(String path) {
        Api.Response response = Api.at(port).get(path);
        assertThat(response.status()).as("%s: %s", path, response.raw()).isEqualTo(200);
        return response;
    }

    private JsonNode program(String collectivity, String asOf) {
        return exact(get("/api/dashboards/collectivities/" + collectivity + "?asOf=" + asOf)).path("program");
    }

    private JsonNode network(String asOf) {
        return exact(get("/api/dashboards/network?asOf=" + asOf));
    }

    private static JsonNode exact(Api.Response response) {
        try {
            return EXACT.readTree(response.raw());
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + response.raw(), e);
        }
    }

    /** The JSON text of each element's field: numbers exactly as written. */
    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.path(field).toString()));
        return texts;
    }

    private static JsonNode project(JsonNode program, int number) {
        for (JsonNode axis : program.path("axes")) {
            for (JsonNode project : axis.path("projects")) {
                if (project.path("number").asInt() == number) {
                    return project;
                }
            }
        }
        throw new AssertionError("no project " + number + " in " + program);
    }

    @Test
    void theProgramShowsTheTotalAsAdoptedTheTotalNowTheRevisionAndCostWeightedProgress() throws Exception {
        String id = "temara-program";
        JsonNode networkBefore = network("2025-12-31");
        Temara temara = Temara.adopted(new TestFeed(group, id), id);
        executeWithARevision(temara);
        temara.feed().deliver();

        Api.Response dashboard = get("/api/dashboards/collectivities/" + id + "?asOf=2025-12-31");
        assertThat(dashboard.raw()).contains("\"adoptedTotalCostMad\":85750000,");
        JsonNode program = exact(dashboard).path("program");
        assertThat(program.path("id").asText()).isEqualTo(temara.program());
        assertThat(program.path("collectivityId").asText()).isEqualTo(id);
        assertThat(program.path("startYear").asInt()).isEqualTo(2025);
        assertThat(program.path("endYear").asInt()).isEqualTo(2026);
        assertThat(program.path("status").asText()).isEqualTo("IN_EXECUTION");
        assertThat(texts(program.path("history"), "status"))
                .containsExactly("\"DRAFT\"", "\"IN_CONSULTATION\"", "\"ADOPTED\"", "\"IN_EXECUTION\"");
        assertThat(program.path("adoption").path("adoptedOn").asText()).isEqualTo("2024-10-07");
        assertThat(program.path("adoption").path("deliberationRef").isNull()).as("not known").isTrue();

        assertThat(program.path("adoptedTotalCostMad").toString()).isEqualTo("85750000");
        assertThat(program.path("totalCostMad").toString()).as("28 → 30 MDH").isEqualTo("87750000");
        assertThat(texts(program.path("axes"), "number")).containsExactly("1", "2", "3", "4");
        assertThat(texts(program.path("axes"), "adoptedTotalCostMad"))
                .containsExactly("54200000", "15200000", "16050000", "300000");
        assertThat(texts(program.path("axes"), "totalCostMad"))
                .containsExactly("56200000", "15200000", "16050000", "300000");
        assertThat(program.path("axes").get(0).path("titleAr").asText()).isEqualTo(AXES.get(0));
        assertThat(program.path("axes").get(0).path("titleFr").isNull()).isTrue();
        assertThat(texts(program.path("axes").get(2).path("projects"), "costMad"))
                .containsExactly("7000000", "50000", "9000000");
        assertThat(texts(program.path("axes").get(2).path("projects"), "durationMonths"))
                .containsExactly("22.5", "23.5", "22.5");

        JsonNode revised = project(program, 2);
        assertThat(revised.path("costMad").toString()).isEqualTo("30000000");
        assertThat(revised.path("adoptedCostMad").toString()).isEqualTo("28000000");
        JsonNode revisions = program.path("revisions");
        assertThat(revisions).hasSize(1);
        assertThat(revisions.get(0).path("number").asInt()).isEqualTo(2);
        assertThat(revisions.get(0).path("revisedOn").asText()).isEqualTo("2025-03-01");
        assertThat(revisions.get(0).path("costMad").toString()).isEqualTo("30000000");
        assertThat(revisions.get(0).path("durationMonths").isNull()).as("unchanged").isTrue();
        assertThat(revisions.get(0).path("cancelled").asBoolean()).isFalse();
        assertThat(revisions.get(0).path("reason").asText()).isEqualTo("نتائج طلب العروض");

        // (24 000 000 × 37.5 + 7 000 000 × 20) / 87 750 000 = 11.8518…
        assertThat(program.path("progressPercent").toString()).isEqualTo("11.85");
        assertThat(project(program, 3).path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(project(program, 3).path("percent").toString()).isEqualTo("37.5");
        assertThat(project(program, 3).path("progressAsOf").asText()).isEqualTo("2025-06-30");
        assertThat(project(program, 1).path("status").asText()).as("nothing reported").isEqualTo("NOT_STARTED");
        assertThat(project(program, 1).path("percent").toString()).isEqualTo("0");
        assertThat(project(program, 1).path("progressAsOf").isNull()).isTrue();
        // Three months from the start of the period: the awareness campaigns were due on 1 April 2025.
        assertThat(project(program, 4).path("plannedEnd").asText()).isEqualTo("2025-04-01");
        assertThat(project(program, 4).path("late").asBoolean()).isTrue();
        assertThat(program.path("lateProjects").asLong()).isEqualTo(1);
        assertThat(program.path("evaluations").asLong()).isZero();

        JsonNode networkAfter = network("2025-12-31");
        assertThat(networkAfter.path("programsAdopted").asLong() - networkBefore.path("programsAdopted").asLong())
                .isEqualTo(1);
        assertThat(networkAfter.path("programmedCostMad").toString()).as("exact, written plain")
                .matches("0|[1-9][0-9]*(\\.[0-9]*[1-9])?");
        assertThat(networkAfter.path("programmedCostMad").decimalValue()
                .subtract(networkBefore.path("programmedCostMad").decimalValue()))
                .as("as adopted, not as revised").isEqualByComparingTo("85750000");
    }

    @Test
    void beforeItsAdoptionTheProgramIsADraftWithNothingAdopted() throws Exception {
        String id = "temara-program-as-of";
        JsonNode dayBefore = network("2024-10-06");
        JsonNode adoptionDay = network("2024-10-07");
        Temara temara = Temara.adopted(new TestFeed(group, id), id);
        executeWithARevision(temara);
        temara.feed().deliver();

        assertThat(program(id, "2024-06-14").isNull()).as("not drafted yet").isTrue();

        JsonNode draft = program(id, "2024-06-15");
        assertThat(draft.path("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.path("adoptedTotalCostMad").isNull()).isTrue();
        assertThat(draft.path("adoption").isNull()).isTrue();
        assertThat(draft.path("totalCostMad").toString()).as("the draft matrix").isEqualTo("85750000");
        assertThat(texts(draft.path("axes"), "adoptedTotalCostMad")).containsOnly("null");
        assertThat(project(draft, 2).path("adoptedCostMad").isNull()).isTrue();
        assertThat(project(draft, 2).path("plannedEnd").isNull()).isTrue();
        assertThat(draft.path("revisions")).isEmpty();
        assertThat(draft.path("progressPercent").isNull()).as("no progress before the adoption").isTrue();
        assertThat(draft.path("lateProjects").isNull()).as("nothing can be late before the adoption").isTrue();
        assertThat(project(draft, 2).path("percent").isNull()).isTrue();
        assertThat(project(draft, 2).path("late").asBoolean()).isFalse();

        assertThat(program(id, "2024-10-06").path("status").asText()).isEqualTo("IN_CONSULTATION");
        assertThat(program(id, "2024-10-06").path("adoptedTotalCostMad").isNull()).isTrue();

        JsonNode adopted = program(id, "2024-10-07");
        assertThat(adopted.path("status").asText()).isEqualTo("ADOPTED");
        assertThat(adopted.path("adoptedTotalCostMad").toString()).isEqualTo("85750000");
        assertThat(adopted.path("totalCostMad").toString()).as("not revised yet").isEqualTo("85750000");
        assertThat(adopted.path("revisions")).isEmpty();
        assertThat(adopted.path("lateProjects").asLong()).isZero();

        JsonNode revised = program(id, "2025-03-01");
        assertThat(revised.path("status").asText()).isEqualTo("IN_EXECUTION");
        assertThat(revised.path("totalCostMad").toString()).isEqualTo("87750000");
        assertThat(revised.path("revisions")).hasSize(1);
        assertThat(revised.path("progressPercent").toString()).as("no report yet").isEqualTo("0");
        assertThat(project(revised, 3).path("status").asText()).isEqualTo("NOT_STARTED");

        assertThat(network("2024-10-06").path("programsAdopted").asLong())
                .isEqualTo(dayBefore.path("programsAdopted").asLong());
        assertThat(network("2024-10-06").path("programmedCostMad").decimalValue())
                .isEqualByComparingTo(dayBefore.path("programmedCostMad").decimalValue());
        JsonNode adoptedThatDay = network("2024-10-07");
        assertThat(adoptedThatDay.path("programsAdopted").asLong() - adoptionDay.path("programsAdopted").asLong())
                .isEqualTo(1);
        assertThat(adoptedThatDay.path("programmedCostMad").decimalValue()
                .subtract(adoptionDay.path("programmedCostMad").decimalValue())).isEqualByComparingTo("85750000");
    }

    @Test
    void aProgramEnteredAfterTheFactIsADraftNoLaterThanItsConsultation() throws Exception {
        String id = "temara-program-entered-late";
        TestFeed feed = new TestFeed(group, id);
        feed.on(id, new CollectivityRegisteredEvent(id, CollectivityKind.COMMUNE, "تمارة", "Témara", null,
                "rabat-sale-kenitra", "Skhirate-Témara"));
        String program = id + "-2025-2026";
        feed.on(program, new ProgramDraftedEvent(program, id, "برنامج عمل", 2025, 2026));
        feed.on(program, new ProgramPutToConsultationEvent(program, CONSULTED_ON));
        feed.on(program, new ProgramAdoptedEvent(program, "الدورة العادية", ADOPTED_ON, null, mdh("1")));
        feed.deliver();

        JsonNode history = exact(get("/api/dashboards/collectivities/" + id)).path("program").path("history");
        assertThat(texts(history, "status")).containsExactly("\"DRAFT\"", "\"IN_CONSULTATION\"", "\"ADOPTED\"");
        assertThat(texts(history, "on")).containsExactly("\"2024-07-01\"", "\"2024-07-01\"", "\"2024-10-07\"");
        assertThat(exact(get("/api/dashboards/collectivities/" + id + "?asOf=2024-07-01")).path("program")
                .path("status").asText()).isEqualTo("IN_CONSULTATION");
    }

    @Test
    void aDuplicatedDeliveryChangesNothing() throws Exception {
        String id = "temara-program-redelivered";
        Temara temara = Temara.adopted(new TestFeed(group, id), id);
        List<CloudEvent> execution = executeWithARevision(temara);
        temara.feed().deliver();
        Api.Response before = get("/api/dashboards/collectivities/" + id + "?asOf=2025-12-31");
        String networkBefore = get("/api/dashboards/network?asOf=2025-12-31").raw();
        assertThat(exact(before).path("program").path("totalCostMad").toString()).isEqualTo("87750000");

        // Each comes again after what followed it: a project since adopted and revised, the drafting,
        // the adoption, the revision and a progress report.
        temara.feed().again(temara.firstProject());
        temara.feed().again(temara.drafted());
        temara.feed().again(temara.adoption());
        execution.forEach(temara.feed()::again);
        temara.feed().deliver();

        assertThat(get("/api/dashboards/collectivities/" + id + "?asOf=2025-12-31").raw()).isEqualTo(before.raw());
        assertThat(get("/api/dashboards/network?asOf=2025-12-31").raw()).isEqualTo(networkBefore);
    }

    @Test
    void aProjectIsLateAfterItsPlannedEndUnlessCompletedOrCancelled() throws Exception {
        String id = "temara-program-late";
        Temara temara = Temara.adopted(new TestFeed(group, id), id);
        temara.report(4, LocalDate.of(2025, 1, 5), ProjectStatus.COMPLETED, "100");
        temara.revise(10, LocalDate.of(2025, 5, 1), null, true, "مشروع مدمج في برنامج وطني");
        temara.report(9, LocalDate.of(2026, 6, 30), ProjectStatus.IN_PROGRESS, "40");
        temara.feed().deliver();

        // 22 months from the start of the period (1 January 2025) end on 1 November 2026, whatever the
        // date of the adoption; 22.5 months fifteen days later.
        JsonNode onTheDay = program(id, "2026-11-16");
        assertThat(project(onTheDay, 5).path("plannedEnd").asText()).isEqualTo("2026-11-01");
        assertThat(project(onTheDay, 7).path("plannedEnd").asText()).isEqualTo("2026-11-16");
        assertThat(project(onTheDay, 7).path("late").asBoolean()).as("due that day, not late yet").isFalse();
        assertThat(onTheDay.path("lateProjects").asLong()).isEqualTo(1);

        JsonNode dayAfter = program(id, "2026-11-17");
        assertThat(project(dayAfter, 7).path("late").asBoolean()).isTrue();
        assertThat(project(dayAfter, 9).path("late").asBoolean()).as("in progress, past its end").isTrue();
        assertThat(project(dayAfter, 4).path("late").asBoolean()).as("completed").isFalse();
        assertThat(project(dayAfter, 10).path("late").asBoolean()).as("cancelled").isFalse();
        assertThat(project(dayAfter, 10).path("cancelled").asBoolean()).isTrue();
        assertThat(project(dayAfter, 10).path("status").asText()).isEqualTo("CANCELLED");
        assertThat(dayAfter.path("lateProjects").asLong()).as("projects 5, 7 and 9").isEqualTo(3);

        // Without the cancelled addressing: 85.45 MDH now, still 85.75 as adopted.
        assertThat(dayAfter.path("totalCostMad").toString()).isEqualTo("85450000");
        assertThat(dayAfter.path("adoptedTotalCostMad").toString()).isEqualTo("85750000");
        assertThat(dayAfter.path("axes").get(3).path("totalCostMad").toString()).isEqualTo("0");
        assertThat(dayAfter.path("axes").get(3).path("adoptedTotalCostMad").toString()).isEqualTo("300000");
        // (700 000 × 100 + 9 000 000 × 40) / 85 450 000 = 5.0321…
        assertThat(dayAfter.path("progressPercent").toString()).isEqualTo("5.03");

        JsonNode beforeCancellation = program(id, "2025-04-30");
        assertThat(project(beforeCancellation, 10).path("cancelled").asBoolean()).isFalse();
        assertThat(beforeCancellation.path("totalCostMad").toString()).isEqualTo("85750000");
    }
}
