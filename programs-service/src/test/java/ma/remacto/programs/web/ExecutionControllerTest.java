package ma.remacto.programs.web;

import ma.remacto.events.programs.EvaluationRecordedEvent.Completion;
import ma.remacto.events.programs.EvaluationRecordedEvent.DesignFinding;
import ma.remacto.events.programs.EvaluationRecordedEvent.Finding;
import ma.remacto.events.programs.EvaluationRecordedEvent.PotentialImpact;
import ma.remacto.events.programs.OpennessPrinciple;
import ma.remacto.events.programs.EvaluationRecordedEvent.OpenedGovernment;
import ma.remacto.kit.axon.Commands;
import ma.remacto.kit.security.ServiceSecurityConfiguration;
import ma.remacto.kit.web.ProblemDetailsAdvice;
import ma.remacto.programs.command.ExecutionCommands.RecordEvaluationCommand;
import ma.remacto.programs.command.ExecutionCommands.ReportProgressCommand;
import ma.remacto.programs.command.ProgramCommands.AdoptProgramCommand;
import ma.remacto.programs.query.EvaluationView;
import ma.remacto.programs.query.ProgramQueries;
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

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static ma.remacto.testkit.TestJwt.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest({ExecutionController.class, LifecycleController.class})
@Import({ServiceSecurityConfiguration.class, ProblemDetailsAdvice.class, WebSliceSecurity.class,
        ProgramTargets.class})
class ExecutionControllerTest {

    private static final String EVALUATION = """
            {"id":"h1-2025","periodFrom":"2025-01-01","periodTo":"2025-06-30","findings":[
              {"number":1,"completion":"SUBSTANTIAL","openedGovernment":"MAJOR","verifiable":true,"comment":" منجز "}]}""";

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
    void aProgressReportKeepsItsExactPercentAndReason() throws Exception {
        mvc.perform(post("/api/programs/temara-pao/projects/3/progress").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"asOf":"2025-06-30","status":"DELAYED","percent":12.5,"note":"n",
                                 "evidenceUrl":"https://temara.ma/p/3","reason":"inspection"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DELAYED"));
        ArgumentCaptor<ReportProgressCommand> sent = ArgumentCaptor.forClass(ReportProgressCommand.class);
        verify(commands).send(sent.capture(), any(), eq("temara"), eq("inspection"));
        assertThat(sent.getValue().percent()).isEqualTo(new BigDecimal("12.5"));
        assertThat(sent.getValue().number()).isEqualTo(3);
    }

    @Test
    void aProgressReportNeedsItsDateStatusAndPercentAndAWebLinkAsEvidence() throws Exception {
        mvc.perform(post("/api/programs/temara-pao/projects/3/progress").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"IN_PROGRESS\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2));
        mvc.perform(post("/api/programs/temara-pao/projects/3/progress").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"asOf":"2025-06-30","status":"IN_PROGRESS","percent":5,"evidenceUrl":"javascript:alert(1)"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("evidenceUrl")));
        verify(commands, never()).send(any(), any(), any(), any());
    }

    @Test
    void anEvaluationIsCreatedWithItsFindings() throws Exception {
        mvc.perform(post("/api/programs/temara-pao/evaluations").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType(MediaType.APPLICATION_JSON).content(EVALUATION))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/programs/temara-pao/evaluations/h1-2025"));
        ArgumentCaptor<RecordEvaluationCommand> sent = ArgumentCaptor.forClass(RecordEvaluationCommand.class);
        verify(commands).send(sent.capture(), any(), eq("temara"), isNull());
        assertThat(sent.getValue().findings()).containsExactly(
                new Finding(1, Completion.SUBSTANTIAL, OpenedGovernment.MAJOR, true, "منجز"));
    }

    @Test
    void anEvaluationSaysWhoEvaluatedTheDesignOfProjectsAndThePrinciplesItLookedAt() throws Exception {
        mvc.perform(post("/api/programs/temara-pao/evaluations").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType(MediaType.APPLICATION_JSON).content(EVALUATION.replaceFirst("\\{", """
                                {"byCivilSociety":true,"principles":["ACCOUNTABILITY"],
                                 "design":[{"number":1,"relevantTo":["CITIZEN_PARTICIPATION"],"potentialImpact":"MINOR"}],""")))
                .andExpect(status().isCreated());
        ArgumentCaptor<RecordEvaluationCommand> sent = ArgumentCaptor.forClass(RecordEvaluationCommand.class);
        verify(commands).send(sent.capture(), any(), eq("temara"), isNull());
        assertThat(sent.getValue().byCivilSociety()).isTrue();
        assertThat(sent.getValue().principles()).containsExactly(OpennessPrinciple.ACCOUNTABILITY);
        assertThat(sent.getValue().design()).containsExactly(new DesignFinding(1,
                List.of(OpennessPrinciple.CITIZEN_PARTICIPATION), PotentialImpact.MINOR));
        mvc.perform(post("/api/programs/temara-pao/evaluations").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType(MediaType.APPLICATION_JSON).content(EVALUATION.replaceFirst("\\{",
                                "{\"design\":[{\"number\":1,\"potentialImpact\":\"HUGE\"}],")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("NONE, MINOR, MODERATE, TRANSFORMATIVE")));
    }

    @Test
    void anEvaluationWithoutFindingsOrWithAnUnknownCompletionIsBadInput() throws Exception {
        mvc.perform(post("/api/programs/temara-pao/evaluations").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"periodFrom\":\"2025-01-01\",\"periodTo\":\"2025-06-30\",\"findings\":[]}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/programs/temara-pao/evaluations").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType(MediaType.APPLICATION_JSON).content(EVALUATION.replace("SUBSTANTIAL", "HALF")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("NOT_STARTED, LIMITED, SUBSTANTIAL, COMPLETE")));
        verify(commands, never()).send(any(), any(), any(), any());
    }

    @Test
    void anyoneReadsTheEvaluationsOfAKnownProgram() throws Exception {
        when(queries.evaluations("temara-pao")).thenReturn(Optional.of(List.of(new EvaluationView("h1-2025",
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30),
                List.of(new Finding(1, Completion.COMPLETE, OpenedGovernment.OUTSTANDING, true, null)),
                List.of(new DesignFinding(1, List.of(OpennessPrinciple.DIGITALISATION), PotentialImpact.TRANSFORMATIVE)),
                true, List.of(OpennessPrinciple.TRANSPARENCY), Instant.parse("2025-07-01T10:00:00Z")))));
        when(queries.evaluations("nowhere")).thenReturn(Optional.empty());
        mvc.perform(get("/api/programs/temara-pao/evaluations"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].findings[0].completion").value("COMPLETE"))
                .andExpect(jsonPath("$.items[0].design[0].potentialImpact").value("TRANSFORMATIVE"))
                .andExpect(jsonPath("$.items[0].byCivilSociety").value(true))
                .andExpect(jsonPath("$.items[0].principles[0]").value("TRANSPARENCY"))
                .andExpect(content().string(containsString("\"next\":null")));
        mvc.perform(get("/api/programs/temara-pao/evaluations/h1-2025"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.periodTo").value("2025-06-30"));
        mvc.perform(get("/api/programs/nowhere/evaluations")).andExpect(status().isNotFound());
    }

    @Test
    void theCouncilsAdoptionIsRecordedWithItsSessionAndClosingNeedsAReason() throws Exception {
        mvc.perform(post("/api/programs/temara-pao/adoption").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"session\":\"دورة أكتوبر 2025\",\"adoptedOn\":\"2025-10-06\",\"deliberationRef\":\"D-7\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ADOPTED"));
        ArgumentCaptor<AdoptProgramCommand> sent = ArgumentCaptor.forClass(AdoptProgramCommand.class);
        verify(commands).send(sent.capture(), any(), eq("temara"), isNull());
        assertThat(sent.getValue().deliberationRef()).isEqualTo("D-7");
        mvc.perform(post("/api/programs/temara-pao/closing").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"on\":\"2026-12-31\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("reason")));
        mvc.perform(post("/api/programs/temara-pao/consultation").with(as("ANALYST", null))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"on\":\"2025-09-01\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAdminOfAnotherCollectivityMayNotReportOrEvaluateEvenWithAnInvalidBody() throws Exception {
        for (String path : new String[] {"/api/programs/temara-pao/projects/1/progress", "/api/programs/temara-pao/evaluations",
                "/api/programs/temara-pao/adoption", "/api/programs/temara-pao/closing"}) {
            mvc.perform(post(path).with(as("COLLECTIVITY_ADMIN", "tamazgana"))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"percent\":\"lots\""))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("forbidden"));
        }
        verify(commands, never()).send(any(), any(), any(), any());
    }
}
