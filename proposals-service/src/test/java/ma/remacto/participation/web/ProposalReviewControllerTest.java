package ma.remacto.participation.web;

import ma.remacto.events.participation.ReviewDecision;
import ma.remacto.kit.axon.Commands;
import ma.remacto.kit.security.Actor;
import ma.remacto.kit.security.Role;
import ma.remacto.kit.security.ServiceSecurityConfiguration;
import ma.remacto.kit.web.ProblemDetailsAdvice;
import ma.remacto.participation.command.ProposalCommands.HideProposalCommand;
import ma.remacto.participation.command.ProposalCommands.ReviewProposalCommand;
import ma.remacto.participation.command.ProposalCommands.WithdrawProposalCommand;
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

import java.util.Optional;

import static ma.remacto.testkit.TestJwt.as;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(ProposalReviewController.class)
@Import({ServiceSecurityConfiguration.class, ProblemDetailsAdvice.class, WebSliceSecurity.class, ParticipationTargets.class})
class ProposalReviewControllerTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Commands commands;
    @MockitoBean
    Directory directory;
    @MockitoBean
    JwtDecoder jwtDecoder;

    @BeforeEach
    void theProposalBelongsToTemara() {
        when(directory.proposal("lighting")).thenReturn(Optional.of(new Directory.Owner("temara-2024", "temara")));
    }

    private ResultActions postAs(RequestPostProcessor caller, String path, String body) throws Exception {
        return mvc.perform(post("/api/proposals/lighting" + path).with(caller)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void theCollectivityReviewsItsProposalsWithTheReasonInTheEvent() throws Exception {
        postAs(as("COLLECTIVITY_ADMIN", "temara"), "/review",
                "{\"decision\":\"MERGED\",\"reason\":\"same request\",\"mergedInto\":\"lighting-2\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.change").value("MERGED"));
        verify(commands).send(eq(new ReviewProposalCommand("temara-2024", "lighting", ReviewDecision.MERGED,
                "same request", "lighting-2")), any(), eq("temara"), eq("same request"));
    }

    @Test
    void aReviewNeedsAReasonToRefuseOrMergeAndATargetOnlyToMerge() throws Exception {
        postAs(as("COLLECTIVITY_ADMIN", "temara"), "/review", "{\"decision\":\"NOT_RETAINED\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("needs a reason")));
        postAs(as("COLLECTIVITY_ADMIN", "temara"), "/review", "{\"decision\":\"MERGED\",\"reason\":\"same\"}")
                .andExpect(status().isBadRequest());
        postAs(as("COLLECTIVITY_ADMIN", "temara"), "/review", "{\"decision\":\"RETAINED\",\"mergedInto\":\"x\"}")
                .andExpect(status().isBadRequest());
        verify(commands, never()).send(any(), any(), any(), any());
    }

    @Test
    void onlyTheCollectivitysAdminsAndOperatorsReviewAndHide() throws Exception {
        postAs(as("COLLECTIVITY_ADMIN", "tamazgana"), "/review", "{\"decision\":\"RETAINED\"}")
                .andExpect(status().isForbidden());
        postAs(as("CITIZEN", null), "/review", "{\"decision\":\"RETAINED\"}").andExpect(status().isForbidden());
        postAs(as("CITIZEN", null), "/hiding", "{\"reason\":\"spam\"}").andExpect(status().isForbidden());
        verify(commands, never()).send(any(), any(), any(), any());
        postAs(as("NETWORK_OPERATOR", null), "/hiding", "{\"reason\":\"spam\"}").andExpect(status().isOk());
        verify(commands).send(eq(new HideProposalCommand("temara-2024", "lighting", "spam")), any(), eq("temara"),
                eq("spam"));
    }

    @Test
    void hidingNeedsAReason() throws Exception {
        postAs(as("COLLECTIVITY_ADMIN", "temara"), "/hiding", "{}").andExpect(status().isBadRequest());
        verify(commands, never()).send(any(), any(), any(), any());
    }

    @Test
    void aCitizenAsksToWithdrawUnderTheirPseudonymAndTheProcessChecksTheAuthor() throws Exception {
        postAs(as("COLLECTIVITY_ADMIN", "temara"), "/withdrawal", "{}").andExpect(status().isForbidden());
        verify(commands, never()).send(any(), any(), any(), any());
        mvc.perform(post("/api/proposals/lighting/withdrawal").with(as("CITIZEN", null))).andExpect(status().isOk());
        verify(commands).send(eq(new WithdrawProposalCommand("temara-2024", "lighting", TestJwt.pseudonym())),
                eq(new Actor(TestJwt.pseudonym(), Role.CITIZEN)), eq("temara"), eq(null));
    }

    @Test
    void anAdminOfAnotherCollectivityIsRefusedBeforeTheBodyIsRead() throws Exception {
        for (String path : new String[] {"/review", "/hiding"}) {
            postAs(as("COLLECTIVITY_ADMIN", "tamazgana"), path, "{}")
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("forbidden"));
            postAs(as("COLLECTIVITY_ADMIN", "tamazgana"), path, "{\"decision\":")
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("forbidden"));
        }
        verify(commands, never()).send(any(), any(), any(), any());
    }

    @Test
    void theModeratorActsUnderTheirPseudonym() throws Exception {
        postAs(as("COLLECTIVITY_ADMIN", "temara"), "/review", "{\"decision\":\"RETAINED\"}").andExpect(status().isOk());
        verify(commands).send(any(ReviewProposalCommand.class), eq(new Actor(TestJwt.pseudonym(), Role.COLLECTIVITY_ADMIN)),
                eq("temara"), eq(null));
    }

    @Test
    void anUnknownProposalIsNotFound() throws Exception {
        mvc.perform(post("/api/proposals/nothing/review").with(as("NETWORK_OPERATOR", null))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"RETAINED\"}"))
                .andExpect(status().isNotFound());
        verify(commands, never()).send(any(), any(), any(), any());
    }
}
