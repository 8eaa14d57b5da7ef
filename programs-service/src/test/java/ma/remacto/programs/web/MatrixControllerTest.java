package ma.remacto.programs.web;

import ma.remacto.events.programs.Funding;
import ma.remacto.events.programs.Funding.FundingKind;
import ma.remacto.kit.axon.Commands;
import ma.remacto.kit.security.Actor;
import ma.remacto.kit.security.Role;
import ma.remacto.kit.security.ServiceSecurityConfiguration;
import ma.remacto.kit.web.ProblemDetailsAdvice;
import ma.remacto.kit.domain.RuleViolation;
import ma.remacto.programs.command.MatrixCommands.AddProjectCommand;
import ma.remacto.programs.command.MatrixCommands.ReviseProjectCommand;
import ma.remacto.programs.query.ProgramQueries;
import ma.remacto.testkit.TestJwt;
import ma.remacto.programs.query.ProgramDirectory;
import ma.remacto.testkit.WebSliceSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Optional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static ma.remacto.testkit.TestJwt.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.mockito.Mockito.when;

@WebMvcTest(MatrixController.class)
@Import({ServiceSecurityConfiguration.class, ProblemDetailsAdvice.class, WebSliceSecurity.class,
        ProgramTargets.class})
class MatrixControllerTest {

    private static final String PROJECT = """
            {"number":2,"axis":1,"titleAr":"صيانة المساحات الخضراء بالجماعة","durationMonths":22.5,
             "costMad":28000000,"funding":{"kind":"PARTNERS","partners":["ONEE"],"conventionRefs":["C-12"]},
             "proposalIds":["p-1"]}""";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Commands commands;
    @MockitoBean
    ProgramQueries queries;
    @MockitoBean
    JwtDecoder jwtDecoder;
    @MockitoBean
    ProgramDirectory directory;

    @BeforeEach
    void temaraHasAProgram() {
        when(directory.collectivityOf("temara-pao")).thenReturn(Optional.of("temara"));
    }

    @Test
    void aProjectKeepsItsExactDecimalsFromJson() throws Exception {
        mvc.perform(post("/api/programs/temara-pao/projects").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType(MediaType.APPLICATION_JSON).content(PROJECT.replace("28000000", "50000.5")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/programs/temara-pao/projects/2"));
        ArgumentCaptor<AddProjectCommand> sent = ArgumentCaptor.forClass(AddProjectCommand.class);
        verify(commands).send(sent.capture(), eq(new Actor(TestJwt.pseudonym(), Role.COLLECTIVITY_ADMIN)), eq("temara"),
                isNull());
        assertThat(sent.getValue().costMad()).isEqualTo(new BigDecimal("50000.5"));
        assertThat(sent.getValue().durationMonths()).isEqualTo(new BigDecimal("22.5"));
        assertThat(sent.getValue().funding()).isEqualTo(new Funding(FundingKind.PARTNERS, List.of("ONEE"), List.of("C-12")));
        assertThat(sent.getValue().proposalIds()).containsExactly("p-1");
    }

    @Test
    void aWholeDirhamAmountStaysWhole() throws Exception {
        mvc.perform(post("/api/programs/temara-pao/projects").with(as("NETWORK_OPERATOR", null))
                        .contentType(MediaType.APPLICATION_JSON).content(PROJECT))
                .andExpect(status().isCreated());
        ArgumentCaptor<AddProjectCommand> sent = ArgumentCaptor.forClass(AddProjectCommand.class);
        verify(commands).send(sent.capture(), any(), eq("temara"), isNull());
        assertThat(sent.getValue().costMad()).isEqualTo(new BigDecimal("28000000"));
    }

    @Test
    void aProjectWithoutCostOrWithAnUnknownFieldIsBadInput() throws Exception {
        mvc.perform(post("/api/programs/temara-pao/projects").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType(MediaType.APPLICATION_JSON).content(PROJECT.replace("\"costMad\":28000000,", "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid-request"))
                .andExpect(jsonPath("$.detail", containsString("costMad")));
        mvc.perform(post("/api/programs/temara-pao/projects").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType(MediaType.APPLICATION_JSON).content(PROJECT.replace("\"axis\"", "\"budget\":1,\"axis\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("budget")));
        mvc.perform(post("/api/programs/temara-pao/projects").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType(MediaType.APPLICATION_JSON).content(PROJECT.replace("PARTNERS", "STATE")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("OWN, PARTNERS")));
        verify(commands, never()).send(any(), any(), any(), any());
    }

    @Test
    void aCitizenMayNotChangeAMatrixAndNothingIsSent() throws Exception {
        mvc.perform(post("/api/programs/temara-pao/axes").with(as("CITIZEN", null))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"number\":1,\"titleAr\":\"محور\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("forbidden"));
        mvc.perform(post("/api/programs/temara-pao/axes")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"number\":1,\"titleAr\":\"محور\"}"))
                .andExpect(status().isUnauthorized());
        verify(commands, never()).send(any(), any(), any(), any());
    }

    @Test
    void anAdminOfAnotherCollectivityIsRefusedWhateverTheBodyAndNothingIsSent() throws Exception {
        for (String body : new String[] {"{\"number\":1,\"titleAr\":\"محور\"}", "{}", "{not json"}) {
            mvc.perform(post("/api/programs/temara-pao/axes").with(as("COLLECTIVITY_ADMIN", "tamazgana"))
                            .contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("forbidden"));
        }
        mvc.perform(post("/api/programs/temara-pao/projects/2/revisions").with(as("COLLECTIVITY_ADMIN", "tamazgana"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        verify(commands, never()).send(any(), any(), any(), any());
    }

    @Test
    void anUnknownProgramIsNotFoundBeforeItsBodyIsRead() throws Exception {
        mvc.perform(post("/api/programs/nowhere/axes").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"));
        verify(commands, never()).send(any(), any(), any(), any());
    }

    @Test
    void theProgramsRefusalsAnswerWithTheirStatus() throws Exception {
        doThrow(new RuleViolation("program-adopted", "the program is adopted"))
                .when(commands).send(any(), any(), any(), any());
        mvc.perform(post("/api/programs/temara-pao/axes").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"number\":1,\"titleAr\":\"محور\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("program-adopted"));
    }

    @Test
    void aRevisionNeedsItsDateAndReasonAndCarriesTheReasonAsMetadata() throws Exception {
        mvc.perform(post("/api/programs/temara-pao/projects/2/revisions").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"costMad\":30000000,\"revisedOn\":\"2025-03-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("reason")));
        verify(commands, never()).send(any(), any(), any(), any());
        mvc.perform(post("/api/programs/temara-pao/projects/2/revisions").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"costMad\":30000000.50,\"revisedOn\":\"2025-03-01\",\"reason\":\"دراسة تقنية\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.change").value("REVISED"));
        ArgumentCaptor<ReviseProjectCommand> sent = ArgumentCaptor.forClass(ReviseProjectCommand.class);
        verify(commands).send(sent.capture(), any(), eq("temara"), eq("دراسة تقنية"));
        assertThat(sent.getValue().costMad()).isEqualTo(new BigDecimal("30000000.50"));
        assertThat(sent.getValue().revisedOn()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(sent.getValue().cancelled()).isFalse();
    }
}
