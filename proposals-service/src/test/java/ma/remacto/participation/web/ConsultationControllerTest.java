package ma.remacto.participation.web;

import ma.remacto.kit.axon.Commands;
import ma.remacto.kit.security.Actor;
import ma.remacto.kit.security.Role;
import ma.remacto.kit.security.ServiceSecurityConfiguration;
import ma.remacto.kit.web.ProblemDetailsAdvice;
import ma.remacto.kit.web.Page;
import ma.remacto.participation.command.ConsultationCommands.CloseConsultationCommand;
import ma.remacto.participation.command.ConsultationCommands.ExtendConsultationCommand;
import ma.remacto.participation.command.ConsultationCommands.ItemCount;
import ma.remacto.participation.command.ConsultationCommands.NewItem;
import ma.remacto.participation.command.ConsultationCommands.OpenConsultationCommand;
import ma.remacto.participation.command.ConsultationCommands.RecordInPersonTallyCommand;
import ma.remacto.participation.query.ConsultationQueries;
import ma.remacto.participation.query.ConsultationResults;
import ma.remacto.participation.query.ConsultationResults.Counts;
import ma.remacto.participation.query.ConsultationStatus;
import ma.remacto.participation.query.ConsultationSummary;
import ma.remacto.participation.query.Directory;
import ma.remacto.testkit.TestJwt;
import ma.remacto.testkit.WebSliceSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static ma.remacto.testkit.TestJwt.as;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(ConsultationController.class)
@Import({ServiceSecurityConfiguration.class, ProblemDetailsAdvice.class, WebSliceSecurity.class, ParticipationTargets.class})
class ConsultationControllerTest {

    private static final String DRAFT = """
            {"id":"draft","title":"الاستشارة حول مشروع البرنامج","items":[{"ref":"lighting","title":"Éclairage public"},
             {"ref":"temara-2025-2026#7","title":"Signalisation"}],
             "opensAt":"2025-09-01T09:00:00+01:00","closesAt":"2025-09-15T23:59:59Z"}""";
    private static final String TALLY = """
            {"stationId":"draft-workshop","items":[{"itemId":"1","for":31,"against":4}]}""";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Commands commands;
    @MockitoBean
    Directory directory;
    @MockitoBean
    ConsultationQueries consultations;
    @MockitoBean
    JwtDecoder jwtDecoder;

    @BeforeEach
    void temaraConsults() {
        when(directory.process("temara-2024")).thenReturn(Optional.of(new Directory.Owner("temara-2024", "temara")));
        when(directory.consultation("draft")).thenReturn(Optional.of(new Directory.Owner("temara-2024", "temara")));
    }

    private ResultActions postAs(RequestPostProcessor caller, String path, String body) throws Exception {
        return mvc.perform(post(path).with(caller).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void anAdminOpensAConsultationWithItsWindowInInstants() throws Exception {
        when(directory.consultation("draft")).thenReturn(Optional.empty());
        postAs(as("COLLECTIVITY_ADMIN", "temara"), "/api/processes/temara-2024/consultations", DRAFT)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/consultations/draft"));
        verify(commands).send(eq(new OpenConsultationCommand("temara-2024", "draft", "الاستشارة حول مشروع البرنامج",
                List.of(new NewItem("lighting", "Éclairage public"), new NewItem("temara-2025-2026#7", "Signalisation")),
                Instant.parse("2025-09-01T08:00:00Z"), Instant.parse("2025-09-15T23:59:59Z"))),
                eq(new Actor(TestJwt.pseudonym(), Role.COLLECTIVITY_ADMIN)), eq("temara"), eq(null));
    }

    @Test
    void aConsultationIdIsUsedOnce() throws Exception {
        postAs(as("COLLECTIVITY_ADMIN", "temara"), "/api/processes/temara-2024/consultations", DRAFT)
                .andExpect(status().isConflict());
        verify(commands, never()).send(any(), any(), any(), any());
    }

    @Test
    void aConsultationNeedsItemsAndAWindow() throws Exception {
        String path = "/api/processes/temara-2024/consultations";
        postAs(as("COLLECTIVITY_ADMIN", "temara"), path, DRAFT.replace(",\"closesAt\":\"2025-09-15T23:59:59Z\"", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("closesAt"));
        postAs(as("COLLECTIVITY_ADMIN", "temara"), path, """
                {"title":"x","items":[],"opensAt":"2025-09-01T09:00:00Z","closesAt":"2025-09-15T23:59:59Z"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("items"));
        verify(commands, never()).send(any(), any(), any(), any());
    }

    @Test
    void onlyTheCollectivitysAdminsAndOperatorsOpenAndTally() throws Exception {
        postAs(as("COLLECTIVITY_ADMIN", "tamazgana"), "/api/processes/temara-2024/consultations", DRAFT)
                .andExpect(status().isForbidden());
        postAs(as("CITIZEN", null), "/api/consultations/draft/in-person-tallies", TALLY).andExpect(status().isForbidden());
        verify(commands, never()).send(any(), any(), any(), any());
    }

    @Test
    void anAdminOfAnotherCollectivityIsRefusedBeforeTheBodyIsRead() throws Exception {
        for (String path : List.of("/api/processes/temara-2024/consultations", "/api/consultations/draft/in-person-tallies")) {
            postAs(as("COLLECTIVITY_ADMIN", "tamazgana"), path, "{}")
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("forbidden"));
            postAs(as("COLLECTIVITY_ADMIN", "tamazgana"), path, "{\"title\":")
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("forbidden"));
        }
        verify(commands, never()).send(any(), any(), any(), any());
    }

    @Test
    void aTallyReadsForAndAgainstPerItem() throws Exception {
        postAs(as("COLLECTIVITY_ADMIN", "temara"), "/api/consultations/draft/in-person-tallies", TALLY)
                .andExpect(status().isOk());
        verify(commands).send(argThat(c -> c instanceof RecordInPersonTallyCommand tally && tally.processId().equals("temara-2024")
                && tally.stationId().equals("draft-workshop") && tally.items().equals(List.of(new ItemCount("1", 31, 4)))
                && tally.at() != null), any(), eq("temara"), eq(null));
    }

    @Test
    void tallyCountsAreNotNegative() throws Exception {
        postAs(as("COLLECTIVITY_ADMIN", "temara"), "/api/consultations/draft/in-person-tallies", TALLY.replace("31", "-31"))
                .andExpect(status().isBadRequest());
        postAs(as("COLLECTIVITY_ADMIN", "temara"), "/api/consultations/draft/in-person-tallies",
                TALLY.replace(",\"against\":4", ""))
                .andExpect(status().isBadRequest());
        verify(commands, never()).send(any(), any(), any(), any());
    }

    @Test
    void resultsGiveOnlineInPersonAndTotalForAndAgainst() throws Exception {
        when(consultations.results("draft")).thenReturn(Optional.of(new ConsultationResults("draft", "temara-2024",
                "temara", "t", Instant.parse("2025-09-01T08:00:00Z"), Instant.parse("2025-09-15T23:59:59Z"),
                ConsultationStatus.CLOSED, List.of(new ConsultationResults.Item("1", "lighting", "Éclairage public", new Counts(3, 1),
                        new Counts(31, 4), new Counts(34, 5))))));
        for (String path : List.of("/api/consultations/draft/results", "/api/consultations/draft")) {
            mvc.perform(get(path))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.consultationId").value("draft"))
                    .andExpect(jsonPath("$.closesAt").value("2025-09-15T23:59:59Z"))
                    .andExpect(jsonPath("$.status").value("closed"))
                    .andExpect(jsonPath("$.items[0].online.for").value(3))
                    .andExpect(jsonPath("$.items[0].inPerson.against").value(4))
                    .andExpect(jsonPath("$.items[0].total.for").value(34))
                    .andExpect(jsonPath("$.items[0].total.votesFor").doesNotExist());
        }
        mvc.perform(get("/api/consultations/unknown/results")).andExpect(status().isNotFound());
    }

    @Test
    void consultationsAreListedByStatusAndABadStatusNamesTheField() throws Exception {
        when(consultations.list(null, "temara", ConsultationStatus.OPEN, null, 50)).thenReturn(new Page<>(List.of(
                new ConsultationSummary("draft", "temara-2024", "temara", "t", Instant.parse("2025-09-01T08:00:00Z"),
                        Instant.parse("2025-09-15T23:59:59Z"), ConsultationStatus.OPEN)), null));
        mvc.perform(get("/api/consultations?collectivityId=temara&status=open"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].consultationId").value("draft"))
                .andExpect(jsonPath("$.items[0].status").value("open"));
        when(consultations.list("temara-2024", null, null, null, 50)).thenReturn(new Page<>(List.of(), null));
        mvc.perform(get("/api/processes/temara-2024/consultations")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isEmpty());
        mvc.perform(get("/api/processes/unknown/consultations")).andExpect(status().isNotFound());
        for (String path : List.of("/api/consultations?status=OPENED", "/api/processes/temara-2024/consultations?status=x")) {
            mvc.perform(get(path))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("invalid-status"))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("status")));
        }
    }

    @Test
    void anAdminClosesEarlyOrExtendsGivingAReason() throws Exception {
        postAs(as("COLLECTIVITY_ADMIN", "temara"), "/api/consultations/draft/close", "{\"reason\":\"fraude\"}")
                .andExpect(status().isOk());
        verify(commands).send(argThat(c -> c instanceof CloseConsultationCommand close && close.processId().equals("temara-2024")
                && close.reason().equals("fraude") && close.at() != null), any(), eq("temara"), eq("fraude"));
        postAs(as("NETWORK_OPERATOR", null), "/api/consultations/draft/extend",
                "{\"closesAt\":\"2025-09-20T23:59:59Z\",\"reason\":\"affluence\"}")
                .andExpect(status().isOk());
        verify(commands).send(argThat(c -> c instanceof ExtendConsultationCommand extend
                && extend.closesAt().equals(Instant.parse("2025-09-20T23:59:59Z")) && extend.reason().equals("affluence")),
                any(), any(), eq("affluence"));
        postAs(as("COLLECTIVITY_ADMIN", "temara"), "/api/consultations/draft/close", "{}")
                .andExpect(status().isBadRequest());
        postAs(as("COLLECTIVITY_ADMIN", "temara"), "/api/consultations/draft/extend", "{\"reason\":\"x\"}")
                .andExpect(status().isBadRequest());
        for (RequestPostProcessor caller : List.of(as("COLLECTIVITY_ADMIN", "tamazgana"), as("CITIZEN", null))) {
            postAs(caller, "/api/consultations/draft/close", "{\"reason\":\"x\"}").andExpect(status().isForbidden());
            postAs(caller, "/api/consultations/draft/extend", "{\"closesAt\":\"2025-09-20T23:59:59Z\",\"reason\":\"x\"}")
                    .andExpect(status().isForbidden());
        }
    }
}
