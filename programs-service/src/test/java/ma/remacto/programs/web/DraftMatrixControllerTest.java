package ma.remacto.programs.web;

import ma.remacto.events.programs.Funding;
import ma.remacto.events.programs.Funding.FundingKind;
import ma.remacto.kit.axon.Commands;
import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.kit.domain.RuleViolation;
import ma.remacto.kit.security.ServiceSecurityConfiguration;
import ma.remacto.kit.web.ProblemDetailsAdvice;
import ma.remacto.programs.command.MatrixCommands.EditAxisCommand;
import ma.remacto.programs.command.MatrixCommands.EditProjectCommand;
import ma.remacto.programs.command.MatrixCommands.LinkProposalCommand;
import ma.remacto.programs.command.MatrixCommands.RemoveAxisCommand;
import ma.remacto.programs.command.MatrixCommands.RemoveProjectCommand;
import ma.remacto.programs.command.MatrixCommands.UnlinkProposalCommand;
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
import java.util.List;
import java.util.Optional;

import static ma.remacto.testkit.TestJwt.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(DraftMatrixController.class)
@Import({ServiceSecurityConfiguration.class, ProblemDetailsAdvice.class, WebSliceSecurity.class,
        ProgramTargets.class})
class DraftMatrixControllerTest {

    private static final String PROJECT = """
            {"axis":2,"titleAr":"صيانة المساحات الخضراء","durationMonths":22.5,"costMad":28000000.50}""";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Commands commands;
    @MockitoBean
    JwtDecoder jwtDecoder;
    @MockitoBean
    ProgramDirectory directory;

    @BeforeEach
    void temaraHasAProgram() {
        when(directory.collectivityOf("temara-pao")).thenReturn(Optional.of("temara"));
    }

    @Test
    void aProjectIsEditedWholeAndWithoutFundingItsFundingIsUnknown() throws Exception {
        mvc.perform(put("/api/programs/temara-pao/projects/7").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType(MediaType.APPLICATION_JSON).content(PROJECT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.path").value("projects/7"))
                .andExpect(jsonPath("$.change").value("EDITED"));
        ArgumentCaptor<EditProjectCommand> sent = ArgumentCaptor.forClass(EditProjectCommand.class);
        verify(commands).send(sent.capture(), any(), eq("temara"), isNull());
        assertThat(sent.getValue()).isEqualTo(new EditProjectCommand("temara-pao", 7, 2, "صيانة المساحات الخضراء", null,
                new BigDecimal("22.5"), new BigDecimal("28000000.50"), null, null, null));
    }

    @Test
    void anEditedProjectMayNamePartnersAndConventions() throws Exception {
        mvc.perform(put("/api/programs/temara-pao/projects/7").with(as("NETWORK_OPERATOR", null))
                        .contentType(MediaType.APPLICATION_JSON).content(PROJECT.replace("}",
                                ",\"funding\":{\"kind\":\"PARTNERS\",\"partners\":[\"ONEE\"],\"conventionRefs\":[\"C-12\"]}}")))
                .andExpect(status().isOk());
        ArgumentCaptor<EditProjectCommand> sent = ArgumentCaptor.forClass(EditProjectCommand.class);
        verify(commands).send(sent.capture(), any(), eq("temara"), isNull());
        assertThat(sent.getValue().funding()).isEqualTo(new Funding(FundingKind.PARTNERS, List.of("ONEE"), List.of("C-12")));
    }

    @Test
    void anEditWithoutItsFiguresIsBadInputAndNothingIsSent() throws Exception {
        mvc.perform(put("/api/programs/temara-pao/projects/7").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType(MediaType.APPLICATION_JSON).content(PROJECT.replace("\"costMad\":28000000.50", "\"x\":1")))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/programs/temara-pao/axes/1").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"titleFr\":\"Environnement\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("titleAr")));
        verify(commands, never()).send(any(), any(), any(), any());
    }

    @Test
    void axesAreRetitledAndRemoved() throws Exception {
        mvc.perform(put("/api/programs/temara-pao/axes/1").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"titleAr\":\"البيئة\"}"))
                .andExpect(status().isOk());
        verify(commands).send(eq(new EditAxisCommand("temara-pao", 1, "البيئة", null)), any(), eq("temara"), isNull());
        mvc.perform(delete("/api/programs/temara-pao/axes/4").with(as("COLLECTIVITY_ADMIN", "temara")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.change").value("REMOVED"));
        verify(commands).send(eq(new RemoveAxisCommand("temara-pao", 4)), any(), eq("temara"), isNull());
        mvc.perform(delete("/api/programs/temara-pao/projects/10").with(as("COLLECTIVITY_ADMIN", "temara")))
                .andExpect(status().isOk());
        verify(commands).send(eq(new RemoveProjectCommand("temara-pao", 10)), any(), eq("temara"), isNull());
    }

    @Test
    void anAxisStillInUseOrAnAdoptedMatrixAnswersConflict() throws Exception {
        doThrow(new RuleViolation("axis-has-projects", "axis 1 still has projects [1, 2]"))
                .when(commands).send(any(RemoveAxisCommand.class), any(), any(), any());
        mvc.perform(delete("/api/programs/temara-pao/axes/1").with(as("COLLECTIVITY_ADMIN", "temara")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("axis-has-projects"));
        doThrow(new RuleViolation("program-adopted", "the program is adopted: its matrix changes only through revisions"))
                .when(commands).send(any(EditProjectCommand.class), any(), any(), any());
        mvc.perform(put("/api/programs/temara-pao/projects/7").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType(MediaType.APPLICATION_JSON).content(PROJECT))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("program-adopted"));
    }

    @Test
    void aLinkCarriesItsReasonAsMetadataAndAMissingOneIsNamed() throws Exception {
        mvc.perform(put("/api/programs/temara-pao/projects/1/proposals/p-1").with(as("COLLECTIVITY_ADMIN", "temara")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.change").value("LINKED"));
        verify(commands).send(eq(new LinkProposalCommand("temara-pao", 1, "p-1")), any(), eq("temara"), isNull());
        mvc.perform(delete("/api/programs/temara-pao/projects/1/proposals/p-1").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"خطأ في الربط\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.change").value("UNLINKED"));
        verify(commands).send(eq(new UnlinkProposalCommand("temara-pao", 1, "p-1")), any(), eq("temara"),
                eq("خطأ في الربط"));
        doThrow(new InvalidCommand("reason-required", "reason: the program is adopted"))
                .when(commands).send(any(LinkProposalCommand.class), any(), any(), any());
        mvc.perform(put("/api/programs/temara-pao/projects/1/proposals/p-2").with(as("COLLECTIVITY_ADMIN", "temara")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("reason-required"))
                .andExpect(jsonPath("$.detail", containsString("reason")));
    }

    @Test
    void anAdminOfAnotherCollectivityOrACitizenChangesNothing() throws Exception {
        mvc.perform(delete("/api/programs/temara-pao/projects/1").with(as("COLLECTIVITY_ADMIN", "tamazgana")))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/programs/temara-pao/axes/1").with(as("CITIZEN", null))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"titleAr\":\"محور\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/programs/temara-pao/projects/1/proposals/p-1").with(as("COLLECTIVITY_ADMIN", "tamazgana")))
                .andExpect(status().isForbidden());
        verify(commands, never()).send(any(), any(), any(), any());
    }
}
