package ma.remacto.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import ma.remacto.events.Gender;
import ma.remacto.events.network.CollectivityKind;
import ma.remacto.events.network.CollectivityRegisteredEvent;
import ma.remacto.events.participation.AttendanceRecordedEvent;
import ma.remacto.events.participation.CoCreationProcessOpenedEvent;
import ma.remacto.events.participation.ConsultationItem;
import ma.remacto.events.participation.ConsultationOpenedEvent;
import ma.remacto.events.participation.InPersonTallyRecordedEvent;
import ma.remacto.events.participation.InPersonTallyRecordedEvent.ItemTally;
import ma.remacto.events.participation.ProposalChannel;
import ma.remacto.events.participation.ProposalSubmittedEvent;
import ma.remacto.events.participation.StationHeldEvent;
import ma.remacto.events.participation.StationKind;
import ma.remacto.events.participation.StationPlannedEvent;
import ma.remacto.events.participation.VoteCastEvent;
import ma.remacto.events.participation.VoteChoice;
import ma.remacto.testkit.Api;
import ma.remacto.testkit.RealInfrastructureTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The collectivity dashboard's online participation (distinct authors and distinct voters, by
 * pseudonym, counted apart) beside the digital call's attendance, and its consultations with their
 * results online, in person and in total.
 */
@RealInfrastructureTest
class OnlineParticipationAndConsultationsIT {

    private static final String ID = "online-commune";

    @LocalServerPort
    int port;

    @Value("${spring.kafka.consumer.group-id}")
    String group;

    private JsonNode dashboard(String asOf) {
        Api.Response response = Api.at(port).get("/api/dashboards/collectivities/" + ID + "?asOf=" + asOf);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.json();
    }

    private static void propose(TestFeed feed, String process, String id, ProposalChannel channel, String author,
                                Gender gender) {
        feed.at(OffsetDateTime.of(2024, 5, 1, 10, 0, 0, 0, ZoneOffset.UTC), process, new ProposalSubmittedEvent(id,
                process, ID, channel, null,
                TestStreams.sealed("proposal:" + id), null, null, null, author, gender));
    }

    @Test
    void onlineAuthorsAndVotersAreCountedApartBesideTheStationsAndEachConsultationShowsItsResults() throws Exception {
        TestFeed feed = new TestFeed(group, ID);
        feed.on(ID, new CollectivityRegisteredEvent(ID, CollectivityKind.COMMUNE, "تمارة", "Témara", null,
                "rabat-sale-kenitra", "Skhirate-Témara"));
        String process = ID + "-2024";
        feed.on(process, new CoCreationProcessOpenedEvent(process, ID, "برنامج عمل الانفتاح", "2025-2026"));
        String digital = ID + "-digital";
        feed.on(process, new StationPlannedEvent(process, digital, StationKind.DIGITAL_CALL_FOR_IDEAS, "نداء",
                LocalDate.of(2024, 4, 30), LocalDate.of(2024, 5, 12), null, List.of()));
        feed.on(process, new StationHeldEvent(process, digital));
        feed.on(process, new AttendanceRecordedEvent(process, digital, 7, 39, 0, Map.of(), null));
        // a1 writes twice, giving her gender the second time; a3 gives none; a workshop's proposal has no author
        propose(feed, process, ID + "-p1", ProposalChannel.DIGITAL_PLATFORM, "a1", null);
        propose(feed, process, ID + "-p2", ProposalChannel.DIGITAL_PLATFORM, "a1", Gender.WOMAN);
        propose(feed, process, ID + "-p3", ProposalChannel.DIGITAL_PLATFORM, "a2", Gender.MAN);
        propose(feed, process, ID + "-p4", ProposalChannel.DIGITAL_PLATFORM, "a3", null);
        propose(feed, process, ID + "-p5", ProposalChannel.IN_PERSON, null, null);

        String first = ID + "-vote-1";
        feed.on(first, new ConsultationOpenedEvent(first, process, ID, "التصويت على المشاريع",
                List.of(new ConsultationItem("i1", ID + "-p2", "الإنارة"), new ConsultationItem("i2", ID + "-p3", "التشوير")),
                Instant.parse("2025-03-01T08:00:00Z"), Instant.parse("2025-03-15T08:00:00Z")));
        feed.on(first, new VoteCastEvent(first, "i1", "b1", VoteChoice.FOR));
        feed.on(first, new VoteCastEvent(first, "i2", "b1", VoteChoice.AGAINST));
        feed.on(first, new VoteCastEvent(first, "i1", "b2", VoteChoice.FOR));
        feed.on(first, new InPersonTallyRecordedEvent(first, "station-1", List.of(new ItemTally("i1", 10, 2))));
        String second = ID + "-vote-2";
        feed.on(second, new ConsultationOpenedEvent(second, process, ID, "استشارة ثانية",
                List.of(new ConsultationItem("i1", ID + "-p4", "العنونة")),
                Instant.parse("2025-06-01T08:00:00Z"), Instant.parse("2025-06-15T08:00:00Z")));
        feed.on(second, new VoteCastEvent(second, "i1", "b1", VoteChoice.FOR));
        feed.deliver();

        JsonNode participation = dashboard("2025-12-31").path("participation");
        assertThat(participation.path("online").path("total").asLong()).as("the digital call's attendance").isEqualTo(46);
        JsonNode authors = participation.path("onlineAuthors");
        assertThat(authors.path("women").asLong()).isEqualTo(1);
        assertThat(authors.path("men").asLong()).isEqualTo(1);
        assertThat(authors.path("unspecified").asLong()).isEqualTo(1);
        assertThat(authors.path("total").asLong()).as("a1, a2, a3; the workshop's proposal has no author").isEqualTo(3);
        assertThat(participation.path("onlineVoters").asLong()).as("b1 and b2, and b1 of the second").isEqualTo(3);

        JsonNode consultations = dashboard("2025-12-31").path("consultations");
        assertThat(consultations).hasSize(2);
        JsonNode held = consultations.get(0);
        assertThat(held.path("id").asText()).isEqualTo(first);
        assertThat(held.path("status").asText()).isEqualTo("CLOSED");
        JsonNode lighting = held.path("items").get(0);
        assertThat(lighting.path("online").path("votesFor").asLong()).isEqualTo(2);
        assertThat(lighting.path("inPerson").path("votesFor").asLong()).isEqualTo(10);
        assertThat(lighting.path("inPerson").path("votesAgainst").asLong()).isEqualTo(2);
        assertThat(lighting.path("total").path("votesFor").asLong()).isEqualTo(12);
        assertThat(lighting.path("total").path("total").asLong()).isEqualTo(14);
        JsonNode signage = held.path("items").get(1);
        assertThat(signage.path("online").path("votesAgainst").asLong()).isEqualTo(1);
        assertThat(signage.path("inPerson").path("total").asLong()).as("not tallied in person").isZero();
        assertThat(signage.path("total").path("total").asLong()).isEqualTo(1);

        JsonNode duringTheFirst = dashboard("2025-03-10");
        assertThat(duringTheFirst.path("consultations")).hasSize(1);
        assertThat(duringTheFirst.path("consultations").get(0).path("status").asText()).isEqualTo("OPEN");
        assertThat(duringTheFirst.path("participation").path("onlineVoters").asLong())
                .as("the second consultation was not open yet").isEqualTo(2);
        assertThat(dashboard("2025-02-28").path("consultations")).isEmpty();
    }
}
