package ma.remacto.programs.web;

import ma.remacto.kit.axon.Commands;
import ma.remacto.kit.membership.Membership;
import ma.remacto.kit.security.Actor;
import ma.remacto.kit.security.Role;
import ma.remacto.kit.security.ServiceSecurityConfiguration;
import ma.remacto.kit.web.ProblemDetailsAdvice;
import ma.remacto.kit.domain.RuleViolation;
import ma.remacto.programs.command.DraftProgramCommand;
import ma.remacto.programs.query.ProgramDirectory;
import ma.remacto.programs.query.ProgramQueries;
import ma.remacto.programs.query.ProgramView;
import ma.remacto.testkit.TestJwt;
import ma.remacto.testkit.WebSliceSecurity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static ma.remacto.testkit.TestJwt.as;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(ProgramController.class)
@Import({ServiceSecurityConfiguration.class, ProblemDetailsAdvice.class, WebSliceSecurity.class,
        ProgramTargets.class})
class ProgramControllerTest {

    private static final String TEMARA_PROGRAM = """
            {"id":"temara-pao","collectivityId":"temara","title":"Programme d'action ouvert",
             "startYear":2025,"endYear":2026}""";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Commands commands;
    @MockitoBean
    ProgramQueries queries;
    @MockitoBean
    Membership membership;
    @MockitoBean
    JwtDecoder jwtDecoder;
    @MockitoBean
    ProgramDirectory directory;

    @Test
    void theAdminOfTheCollectivityDraftsAProgramUnderTheirPseudonym() throws Exception {
        mvc.perform(post("/api/programs").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType(MediaType.APPLICATION_JSON).content(TEMARA_PROGRAM))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/programs/temara-pao"))
                .andExpect(jsonPath("$.id").value("temara-pao"));
        verify(commands).send(eq(new DraftProgramCommand("temara-pao", "temara", "Programme d'action ouvert",
                2025, 2026)), eq(new Actor(TestJwt.pseudonym(), Role.COLLECTIVITY_ADMIN)), eq("temara"));
    }

    @Test
    void anUnknownFieldIsBadInput() throws Exception {
        mvc.perform(post("/api/programs").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType(MediaType.APPLICATION_JSON).content(TEMARA_PROGRAM.replace("}", ",\"budget\":1}")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("unreadable-request"))
                .andExpect(jsonPath("$.detail", containsString("budget")));
        verify(commands, never()).send(any(), any(), any());
    }

    @Test
    void aMissingTitleOrYearIsBadInput() throws Exception {
        mvc.perform(post("/api/programs").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"collectivityId\":\"temara\",\"startYear\":2025}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid-request"))
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.detail", containsString("title")))
                .andExpect(jsonPath("$.detail", containsString("endYear")));
        verify(commands, never()).send(any(), any(), any());
    }

    @Test
    void withoutATokenTheAnswerIs401() throws Exception {
        mvc.perform(post("/api/programs").contentType(MediaType.APPLICATION_JSON).content(TEMARA_PROGRAM))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        verify(commands, never()).send(any(), any(), any());
    }

    @Test
    void anAdminOfAnotherCollectivityMayNotDraftItsProgram() throws Exception {
        mvc.perform(post("/api/programs").with(as("COLLECTIVITY_ADMIN", "tamazgana"))
                        .contentType(MediaType.APPLICATION_JSON).content(TEMARA_PROGRAM))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("forbidden"));
        verify(commands, never()).send(any(), any(), any());
        verifyNoInteractions(membership);
    }

    @Test
    void anAdminOfAnotherCollectivityIsRefusedBeforeTheBodyIsValidated() throws Exception {
        for (String invalid : new String[] {"{\"collectivityId\":\"temara\"}", "{\"collectivityId\":\"temara\",\"budget\":1}",
                "{\"collectivityId\":\"temara\",\"startYear\":\"soon\"}"}) {
            mvc.perform(post("/api/programs").with(as("COLLECTIVITY_ADMIN", "tamazgana"))
                            .contentType(MediaType.APPLICATION_JSON).content(invalid))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("forbidden"));
        }
        verifyNoInteractions(commands, membership);
    }

    @Test
    void aBodyThatNamesNoCollectivityIsRefusedToAnAdmin() throws Exception {
        mvc.perform(post("/api/programs").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/programs").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("unreadable-request"));
        verifyNoInteractions(commands, membership);
    }

    @Test
    void moneyIsAnsweredAsExactDecimals() throws Exception {
        when(queries.find("temara-pao", "now")).thenReturn(Optional.of(Views.program("now", List.of(Views.axis(1,
                new BigDecimal("50000.5"), Views.project(1, "22.5", "50000.5", false))))));
        mvc.perform(get("/api/programs/temara-pao"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"totalCostMad\":85750000,")))
                .andExpect(content().string(containsString("\"adoptedTotalCostMad\":85750000,")))
                .andExpect(content().string(containsString("\"totalCostMad\":50000.5,")))
                .andExpect(content().string(containsString("\"costMad\":50000.5,")))
                .andExpect(content().string(containsString("\"durationMonths\":22.5,")))
                .andExpect(content().string(containsString("\"progressPercent\":12.35,")))
                .andExpect(jsonPath("$.axes[0].projects[0].late").value(false))
                .andExpect(jsonPath("$.adoption.session").value("الدورة العادية"));
    }

    @Test
    void theAdoptedViewIsAskedFor() throws Exception {
        when(queries.find("temara-pao", "adopted")).thenReturn(Optional.of(Views.program("adopted", List.of())));
        mvc.perform(get("/api/programs/temara-pao?view=adopted"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.view").value("adopted"));
        when(queries.find("draft", "adopted")).thenReturn(Optional.empty());
        mvc.perform(get("/api/programs/draft?view=adopted"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", containsString("adopted matrix")));
        mvc.perform(get("/api/programs/temara-pao?view=someday"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anUnknownProgramIs404() throws Exception {
        when(queries.find("nowhere", "now")).thenReturn(Optional.empty());
        mvc.perform(get("/api/programs/nowhere"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"));
    }

    @Test
    void aBadPeriodIsBadInputBeforeAnyConflictWithAnotherProgram() throws Exception {
        when(queries.openProgramFor(any(), any(Integer.class), any(Integer.class))).thenReturn(Optional.of("other"));
        mvc.perform(post("/api/programs").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType(MediaType.APPLICATION_JSON).content(TEMARA_PROGRAM.replace("2026", "2040")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("period-too-long"));
        verify(commands, never()).send(any(), any(), any());
    }

    @Test
    void aCollectivityHasOneOpenProgramPerPeriod() throws Exception {
        when(queries.openProgramFor("temara", 2025, 2026)).thenReturn(Optional.of("temara-2025-2026"));
        mvc.perform(post("/api/programs").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType(MediaType.APPLICATION_JSON).content(TEMARA_PROGRAM))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("program-exists-for-period"))
                .andExpect(jsonPath("$.detail", containsString("temara-2025-2026")));
        verify(commands, never()).send(any(), any(), any());
    }

    @Test
    void aCollectivityNotInGoodStandingMayNotDraftAProgram() throws Exception {
        doThrow(new RuleViolation("not-a-member", "collectivity 'temara' is not a member in good standing"))
                .when(membership).requireInGoodStanding("temara");
        mvc.perform(post("/api/programs").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType(MediaType.APPLICATION_JSON).content(TEMARA_PROGRAM))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("not-a-member"));
        verify(commands, never()).send(any(), any(), any());
    }
}
