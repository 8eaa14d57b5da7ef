package ma.remacto.participation.web;

import ma.remacto.kit.axon.Commands;
import ma.remacto.kit.membership.Membership;
import ma.remacto.kit.security.Actor;
import ma.remacto.kit.security.Role;
import ma.remacto.kit.security.ServiceSecurityConfiguration;
import ma.remacto.kit.web.ProblemDetailsAdvice;
import ma.remacto.kit.domain.RuleViolation;
import ma.remacto.events.participation.ProcessPhase;
import ma.remacto.participation.command.ChangeProcessPhaseCommand;
import ma.remacto.participation.command.OpenCoCreationProcessCommand;
import ma.remacto.participation.query.Directory;
import ma.remacto.participation.query.ProcessQueries;
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

import java.time.LocalDate;
import java.util.Optional;

import static ma.remacto.testkit.TestJwt.as;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(ProcessController.class)
@Import({ServiceSecurityConfiguration.class, ProblemDetailsAdvice.class, WebSliceSecurity.class, ParticipationTargets.class})
class ProcessControllerTest {

    private static final String TEMARA_PROCESS = """
            {"id":"temara-2025-2026","collectivityId":"temara","title":"Programme d'action ouvert","cycle":"2025-2026"}""";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Commands commands;
    @MockitoBean
    ProcessQueries queries;
    @MockitoBean
    Membership membership;
    @MockitoBean
    JwtDecoder jwtDecoder;
    @MockitoBean
    Directory directory;

    @BeforeEach
    void temaraRunsTheProcess() {
        when(directory.process("temara-2025-2026")).thenReturn(Optional.of(new Directory.Owner("temara-2025-2026", "temara")));
    }

    @Test
    void theAdminOfTheCollectivityOpensAProcess() throws Exception {
        mvc.perform(post("/api/processes").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType(MediaType.APPLICATION_JSON).content(TEMARA_PROCESS))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/processes/temara-2025-2026"))
                .andExpect(jsonPath("$.id").value("temara-2025-2026"));
        verify(commands).send(eq(new OpenCoCreationProcessCommand("temara-2025-2026", "temara",
                "Programme d'action ouvert", "2025-2026")), eq(new Actor(TestJwt.pseudonym(), Role.COLLECTIVITY_ADMIN)),
                eq("temara"));
    }

    @Test
    void withoutAClientIdTheServerChoosesOne() throws Exception {
        mvc.perform(post("/api/processes").with(as("NETWORK_OPERATOR", null))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(TEMARA_PROCESS.replace("\"id\":\"temara-2025-2026\",", "")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/processes/")));
        verify(commands).send(argThat((OpenCoCreationProcessCommand c) -> c.processId() != null
                && !c.processId().isBlank() && c.collectivityId().equals("temara")), any(), eq("temara"));
    }

    @Test
    void anUnknownFieldIsBadInput() throws Exception {
        mvc.perform(post("/api/processes").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType(MediaType.APPLICATION_JSON).content(TEMARA_PROCESS.replace("}", ",\"budget\":1}")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("unreadable-request"))
                .andExpect(jsonPath("$.detail", containsString("budget")));
        verify(commands, never()).send(any(), any(), any());
    }

    @Test
    void aMissingTitleIsBadInput() throws Exception {
        mvc.perform(post("/api/processes").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"collectivityId\":\"temara\",\"cycle\":\"2025-2026\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid-request"))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("title"));
        verify(commands, never()).send(any(), any(), any());
    }

    @Test
    void withoutATokenTheAnswerIs401() throws Exception {
        mvc.perform(post("/api/processes").contentType(MediaType.APPLICATION_JSON).content(TEMARA_PROCESS))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        verify(commands, never()).send(any(), any(), any());
    }

    @Test
    void anAdminOfAnotherCollectivityMayNotOpenAProcess() throws Exception {
        mvc.perform(post("/api/processes").with(as("COLLECTIVITY_ADMIN", "tamazgana"))
                        .contentType(MediaType.APPLICATION_JSON).content(TEMARA_PROCESS))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("forbidden"));
        verify(commands, never()).send(any(), any(), any());
        verifyNoInteractions(membership);
    }

    @Test
    void anAdminOfAnotherCollectivityIsRefusedBeforeTheBodyIsValidated() throws Exception {
        for (String invalid : new String[] {"{}", "{\"collectivityId\":\"temara\"}", "{\"collectivityId\":\"temara\",\"cycle\":7}"}) {
            mvc.perform(post("/api/processes").with(as("COLLECTIVITY_ADMIN", "tamazgana"))
                            .contentType(MediaType.APPLICATION_JSON).content(invalid))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("forbidden"));
        }
        mvc.perform(post("/api/processes/temara-2025-2026/phase").with(as("COLLECTIVITY_ADMIN", "tamazgana"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"phase\":"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("forbidden"));
        verify(commands, never()).send(any(), any(), any());
        verify(commands, never()).send(any(), any(), any(), any());
        verifyNoInteractions(membership);
    }

    @Test
    void aCollectivityNotInGoodStandingMayNotOpenAProcess() throws Exception {
        doThrow(new RuleViolation("not-a-member", "collectivity 'temara' is not a member in good standing"))
                .when(membership).requireInGoodStanding("temara");
        mvc.perform(post("/api/processes").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType(MediaType.APPLICATION_JSON).content(TEMARA_PROCESS))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("not-a-member"));
        verify(commands, never()).send(any(), any(), any());
    }

    @Test
    void theAdminsOfTheProcessCollectivityMoveItsPhase() throws Exception {
        String change = "{\"phase\":\"CONSULTATION\",\"on\":\"2025-06-01\",\"reason\":\"ideas collected\"}";
        mvc.perform(post("/api/processes/temara-2025-2026/phase").with(as("COLLECTIVITY_ADMIN", "tamazgana"))
                        .contentType(MediaType.APPLICATION_JSON).content(change))
                .andExpect(status().isForbidden());
        verify(commands, never()).send(any(), any(), any(), any());
        mvc.perform(post("/api/processes/temara-2025-2026/phase").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType(MediaType.APPLICATION_JSON).content(change))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phase").value("CONSULTATION"));
        verify(commands).send(eq(new ChangeProcessPhaseCommand("temara-2025-2026", ProcessPhase.CONSULTATION,
                LocalDate.of(2025, 6, 1))), eq(new Actor(TestJwt.pseudonym(), Role.COLLECTIVITY_ADMIN)), eq("temara"),
                eq("ideas collected"));
    }

    @Test
    void thePhaseOfAnUnknownProcessIsNotFoundAndAPhaseIsNamed() throws Exception {
        mvc.perform(post("/api/processes/nowhere/phase").with(as("NETWORK_OPERATOR", null))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"phase\":\"CLOSED\",\"on\":\"2025-06-01\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"));
        mvc.perform(post("/api/processes/temara-2025-2026/phase").with(as("NETWORK_OPERATOR", null))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"phase\":\"DONE\",\"on\":\"2025-06-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("CLOSED")));
        verify(commands, never()).send(any(), any(), any(), any());
    }
}
