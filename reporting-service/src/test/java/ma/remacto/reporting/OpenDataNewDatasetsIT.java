package ma.remacto.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import ma.remacto.events.Gender;
import ma.remacto.events.network.ActivityAttendanceRecordedEvent;
import ma.remacto.events.network.ActivityKind;
import ma.remacto.events.network.CollectivityKind;
import ma.remacto.events.network.CollectivityRegisteredEvent;
import ma.remacto.events.network.CommitteeMemberAppointedEvent;
import ma.remacto.events.network.CommitteeMemberEditedEvent;
import ma.remacto.events.network.CommitteeMemberRemovedEvent;
import ma.remacto.events.network.CommitteeRole;
import ma.remacto.events.network.NetworkActivityRecordedEvent;
import ma.remacto.events.participation.ConsultationClosedEvent;
import ma.remacto.events.participation.ConsultationItem;
import ma.remacto.events.participation.ConsultationOpenedEvent;
import ma.remacto.events.participation.InPersonTallyRecordedEvent;
import ma.remacto.events.participation.InPersonTallyRecordedEvent.ItemTally;
import ma.remacto.events.participation.VoteCastEvent;
import ma.remacto.events.participation.VoteChoice;
import ma.remacto.events.programs.AxisAddedEvent;
import ma.remacto.events.programs.EvaluationRecordedEvent;
import ma.remacto.events.programs.EvaluationRecordedEvent.Completion;
import ma.remacto.events.programs.EvaluationRecordedEvent.DesignFinding;
import ma.remacto.events.programs.EvaluationRecordedEvent.Finding;
import ma.remacto.events.programs.EvaluationRecordedEvent.OpenedGovernment;
import ma.remacto.events.programs.EvaluationRecordedEvent.PotentialImpact;
import ma.remacto.events.programs.OpennessPrinciple;
import ma.remacto.events.programs.ProgramAdoptedEvent;
import ma.remacto.events.programs.ProgramDraftedEvent;
import ma.remacto.events.programs.ProgramPutToConsultationEvent;
import ma.remacto.events.programs.ProjectAddedEvent;
import ma.remacto.events.programs.ProjectRevisedEvent;
import ma.remacto.events.programs.ProposalLinkedEvent;
import ma.remacto.events.programs.ProposalUnlinkedEvent;
import ma.remacto.testkit.Api;
import ma.remacto.testkit.RealInfrastructureTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The datasets added for the committees, the activities, the revisions, the evaluations, the
 * proposal → project links and the consultations, and the licence and as-of time every dataset
 * carries, on a collectivity of their own.
 */
@RealInfrastructureTest
class OpenDataNewDatasetsIT {

    private static final String ID = "export-new";

    @LocalServerPort
    int port;

    @Value("${spring.kafka.consumer.group-id}")
    String group;

    /** The JSON export of a dataset, its name possibly followed by a query ({@code revisions?asOf=…}). */
    private JsonNode json(String dataset) {
        Api.Response response = Api.at(port).get("/api/exports/" + dataset.replaceFirst("^([^?]*)", "$1.json"));
        assertThat(response.status()).as("%s: %s", dataset, response.raw()).isEqualTo(200);
        return response.json();
    }

    private List<JsonNode> rows(String dataset, String field, String value) {
        List<JsonNode> items = new ArrayList<>();
        json(dataset).path("items").forEach(item -> {
            if (value.equals(item.path(field).asText())) {
                items.add(item);
            }
        });
        return items;
    }

    @Test
    void theNewDatasetsHoldWhatTheEventsSayWithTheLicenceAndTheirAsOfTime() throws Exception {
        TestFeed feed = new TestFeed(group, ID);
        feed.on(ID, new CollectivityRegisteredEvent(ID, CollectivityKind.COMMUNE, "تمارة", "Témara", null,
                "rabat-sale-kenitra", "Skhirate-Témara"));
        feed.on(ID, new CommitteeMemberAppointedEvent(ID, "chair", TestStreams.sealed("committee:" + ID + ":chair"),
                CommitteeRole.EQUALITY_BODY_CHAIR, Gender.WOMAN, LocalDate.of(2024, 3, 1)));
        feed.on(ID, new CommitteeMemberAppointedEvent(ID, "staff", TestStreams.sealed("committee:" + ID + ":staff"),
                CommitteeRole.STAFF, Gender.MAN, null));
        feed.on(ID, new CommitteeMemberEditedEvent(ID, "staff", TestStreams.sealed("committee:" + ID + ":staff"),
                CommitteeRole.DIRECTOR_GENERAL_OF_SERVICES, Gender.MAN, LocalDate.of(2024, 3, 2)));
        feed.on(ID, new CommitteeMemberRemovedEvent(ID, "staff", LocalDate.of(2024, 9, 30)));

        String activity = ID + "-training";
        feed.on(activity, new NetworkActivityRecordedEvent(activity, ActivityKind.TRAINING, "تكوين حول المنهجية",
                LocalDate.of(2024, 2, 10), "الرباط"));
        feed.on(activity, new ActivityAttendanceRecordedEvent(activity, List.of(ID, ID + "-other")));
        feed.on(activity, new ActivityAttendanceRecordedEvent(activity, List.of(ID)));

        String program = ID + "-2025-2026";
        feed.on(program, new ProgramDraftedEvent(program, ID, "برنامج عمل", 2025, 2026));
        feed.on(program, new AxisAddedEvent(program, 1, "محور", null));
        feed.on(program, new ProjectAddedEvent(program, 1, 1, "الإنارة", null, new BigDecimal("12"),
                new BigDecimal("1000000"), null, List.of(ID + "-p1"), null, List.of()));
        feed.on(program, new ProjectAddedEvent(program, 2, 1, "التشوير", null, new BigDecimal("6"),
                new BigDecimal("500000"), null, List.of(), null, List.of()));
        feed.on(program, new ProposalLinkedEvent(program, 2, ID + "-p2"));
        feed.on(program, new ProposalLinkedEvent(program, 2, ID + "-p3"));
        feed.on(program, new ProposalUnlinkedEvent(program, 2, ID + "-p3"));
        feed.on(program, new ProgramPutToConsultationEvent(program, LocalDate.of(2024, 7, 1)));
        feed.on(program, new ProgramAdoptedEvent(program, "الدورة العادية", LocalDate.of(2024, 10, 7), null,
                new BigDecimal("1500000")));
        feed.because("نتائج طلب العروض", program, new ProjectRevisedEvent(program, 1, LocalDate.of(2025, 3, 1),
                new BigDecimal("1200000.50"), null, null, null, false));
        feed.on(program, new EvaluationRecordedEvent(program, ID + "-eval", LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 6, 30), List.of(
                        new Finding(1, Completion.LIMITED, OpenedGovernment.MARGINAL, true, "=SUM(A1)"),
                        new Finding(2, Completion.NOT_STARTED, OpenedGovernment.DID_NOT_CHANGE, false, null)),
                List.of(new DesignFinding(1, List.of(OpennessPrinciple.values()[0], OpennessPrinciple.values()[1]),
                        PotentialImpact.MODERATE)), true, List.of()));

        String consultation = ID + "-vote";
        feed.on(consultation, new ConsultationOpenedEvent(consultation, ID + "-2024", ID, "التصويت",
                List.of(new ConsultationItem("i1", ID + "-p1", "الإنارة"), new ConsultationItem("i2", ID + "-p2", "التشوير")),
                OffsetDateTime.of(2025, 3, 1, 8, 0, 0, 0, ZoneOffset.UTC).toInstant(),
                OffsetDateTime.of(2025, 3, 15, 8, 0, 0, 0, ZoneOffset.UTC).toInstant()));
        feed.on(consultation + ":i1:b1", new VoteCastEvent(consultation, "i1", "b1", VoteChoice.FOR));
        feed.on(consultation + ":i2:b1", new VoteCastEvent(consultation, "i2", "b1", VoteChoice.AGAINST));
        feed.on(consultation + ":i1:b2", new VoteCastEvent(consultation, "i1", "b2", VoteChoice.FOR));
        feed.on(consultation, new InPersonTallyRecordedEvent(consultation, "station-1",
                List.of(new ItemTally("i1", 3, 1), new ItemTally("i2", 2, 0))));
        // a later tally naming item 2 only leaves item 1's count as it was
        feed.on(consultation, new InPersonTallyRecordedEvent(consultation, "station-1", List.of(new ItemTally("i2", 5, 0))));
        CloudEvent last = feed.on(consultation, new ConsultationClosedEvent(consultation, ID + "-2024",
                OffsetDateTime.of(2025, 3, 10, 8, 0, 0, 0, ZoneOffset.UTC).toInstant(), "تم بلوغ الهدف"));
        feed.deliver();

        List<JsonNode> seats = rows("committee", "collectivity_id", ID);
        assertThat(seats).hasSize(2);
        assertThat(seats.get(0).path("seat_id").asText()).isEqualTo("chair");
        assertThat(seats.get(0).path("role").asText()).isEqualTo("EQUALITY_BODY_CHAIR");
        assertThat(seats.get(0).path("gender").asText()).isEqualTo("WOMAN");
        assertThat(seats.get(0).path("removed_on").isNull()).isTrue();
        assertThat(seats.get(1).path("role").asText()).as("as corrected").isEqualTo("DIRECTOR_GENERAL_OF_SERVICES");
        assertThat(seats.get(1).path("appointed_on").asText()).isEqualTo("2024-03-02");
        assertThat(seats.get(1).path("removed_on").asText()).isEqualTo("2024-09-30");

        List<JsonNode> activities = rows("activities", "activity_id", activity);
        assertThat(activities).hasSize(1);
        assertThat(activities.get(0).path("kind").asText()).isEqualTo("TRAINING");
        assertThat(activities.get(0).path("attending").asLong()).isEqualTo(2);
        assertThat(activities.get(0).path("attending_ids").asText()).isEqualTo(ID + " " + ID + "-other");

        List<JsonNode> links = rows("proposal-links", "collectivity_id", ID);
        assertThat(links).extracting(link -> link.path("project_number").asInt() + ":" + link.path("proposal_id").asText())
                .containsExactly("1:" + ID + "-p1", "2:" + ID + "-p2");

        List<JsonNode> revisions = rows("revisions", "collectivity_id", ID);
        assertThat(revisions).hasSize(1);
        assertThat(revisions.get(0).path("cost_mad").decimalValue()).isEqualByComparingTo("1200000.50");
        assertThat(revisions.get(0).path("duration_months").isNull()).isTrue();
        assertThat(revisions.get(0).path("reason").asText()).isEqualTo("نتائج طلب العروض");

        List<JsonNode> findings = rows("evaluations", "collectivity_id", ID);
        assertThat(findings).extracting(finding -> finding.path("project_number").asInt()).containsExactly(1, 2);
        assertThat(findings.get(0).path("completion").asText()).isEqualTo("LIMITED");
        assertThat(findings.get(0).path("opened_government").asText()).isEqualTo("MARGINAL");
        assertThat(findings.get(0).path("verifiable").asBoolean()).isTrue();
        assertThat(findings.get(1).path("comment").isNull()).isTrue();
        assertThat(findings.get(0).path("relevant_to").asText())
                .isEqualTo(OpennessPrinciple.values()[0] + " " + OpennessPrinciple.values()[1]);
        assertThat(findings.get(0).path("potential_impact").asText()).isEqualTo("MODERATE");
        assertThat(findings.get(0).path("by_civil_society").asBoolean()).isTrue();
        assertThat(findings.get(1).path("potential_impact").isNull()).as("not assessed").isTrue();
        assertThat(csv("evaluations").body()).as("a formula is neutralised").contains(",'=SUM(A1)")
                .doesNotContain(",=SUM(A1)");

        List<JsonNode> consultations = rows("consultations", "collectivity_id", ID);
        assertThat(consultations).hasSize(1);
        JsonNode held = consultations.get(0);
        assertThat(held.path("closes_at").asText()).as("closed early").isEqualTo("2025-03-10T08:00:00Z");
        assertThat(held.path("status").asText()).isEqualTo("CLOSED");
        assertThat(held.path("items").asLong()).isEqualTo(2);
        assertThat(held.path("online_voters").asLong()).isEqualTo(2);
        assertThat(held.path("online_votes").asLong()).isEqualTo(3);
        assertThat(held.path("in_person_ballots").asLong()).isEqualTo(9);
        assertThat(held.path("total_votes").asLong()).isEqualTo(12);
        List<JsonNode> results = rows("consultation-results", "collectivity_id", ID);
        assertThat(results).extracting(item -> item.path("item_id").asText() + " " + item.path("online_total").asLong()
                        + "+" + item.path("in_person_total").asLong() + "=" + item.path("total").asLong())
                .containsExactly("i1 2+4=6", "i2 1+5=6");

        JsonNode export = json("committee");
        assertThat(export.path("licence").asText()).isEqualTo("CC BY 4.0");
        assertThat(export.path("licenceUrl").asText()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        Instant lastApplied = last.getTime().toInstant().truncatedTo(ChronoUnit.MICROS);
        assertThat(Instant.parse(export.path("asOf").asText())).as("the last applied event's time")
                .isAfterOrEqualTo(lastApplied);
        JsonNode catalogue = Api.at(port).get("/api/exports").json();
        assertThat(catalogue.path("licence").path("name").asText()).isEqualTo("CC BY 4.0");
        assertThat(catalogue.path("licence").path("reason").asText()).contains("ODbL");
        HttpResponse<String> csv = csv("committee");
        assertThat(csv.headers().firstValue("Link")).hasValueSatisfying(link ->
                assertThat(link).contains("https://creativecommons.org/licenses/by/4.0/", "rel=\"license\""));
        assertThat(csv.headers().firstValue("As-Of")).hasValueSatisfying(asOf ->
                assertThat(Instant.parse(asOf)).isAfterOrEqualTo(lastApplied));

        // as of a day asked for: the dated datasets read their rows dated by then
        assertThat(rows("revisions?asOf=2025-02-28", "collectivity_id", ID)).isEmpty();
        assertThat(rows("revisions?asOf=2025-03-01", "collectivity_id", ID)).hasSize(1);
        assertThat(json("revisions?asOf=2025-03-01").path("asOf").asText()).isEqualTo("2025-03-01");
        List<JsonNode> seatsThen = rows("committee?asOf=2024-09-29", "collectivity_id", ID);
        assertThat(seatsThen).hasSize(2);
        assertThat(seatsThen.get(1).path("removed_on").isNull()).as("still sitting then").isTrue();
        assertThat(rows("committee?asOf=2024-03-01", "collectivity_id", ID)).as("the chair only").hasSize(1);
        assertThat(rows("evaluations?asOf=2025-06-29", "collectivity_id", ID)).isEmpty();
        assertThat(rows("activities?asOf=2024-02-09", "activity_id", activity)).isEmpty();
        assertThat(csv("revisions?asOf=2025-03-01").headers().firstValue("As-Of"))
                .hasValue("2025-03-01");
        Api.Response undated = Api.at(port).get("/api/exports/members.json?asOf=2025-03-01");
        assertThat(undated.status()).isEqualTo(400);
        assertThat(undated.json().path("code").asText()).isEqualTo("dataset-not-dated");
        assertThat(catalogue.path("datasets").findValues("dated")).extracting(JsonNode::asBoolean).contains(true, false);
    }

    private HttpResponse<String> csv(String dataset) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/exports/" + dataset.replaceFirst("^([^?]*)", "$1.csv")))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }
}
