package ma.remacto.network.web;

import ma.remacto.events.network.CharterCommitment;
import ma.remacto.kit.axon.Commands;
import ma.remacto.kit.security.Actor;
import ma.remacto.kit.security.Role;
import ma.remacto.kit.security.ServiceSecurityConfiguration;
import ma.remacto.kit.web.ProblemDetailsAdvice;
import ma.remacto.network.command.MembershipCommands.FollowUpCharterCommitmentCommand;
import ma.remacto.network.query.CharterFollowUpQueries;
import ma.remacto.network.query.CollectivityQueries;
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

import java.time.LocalDate;

import static ma.remacto.testkit.TestJwt.as;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(CharterController.class)
@Import({ServiceSecurityConfiguration.class, ProblemDetailsAdvice.class, WebSliceSecurity.class})
class CharterControllerTest {

    private static final String FOLLOW_UPS = "/api/collectivities/tamazgana/charter/follow-ups";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Commands commands;
    @MockitoBean
    CharterFollowUpQueries followUps;
    @MockitoBean
    CollectivityQueries collectivities;
    @MockitoBean
    JwtDecoder jwtDecoder;

    @Test
    void anyoneReadsTheCharter() throws Exception {
        mvc.perform(get("/api/network/charter"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.commitments.length()").value(5))
                .andExpect(jsonPath("$.commitments[0].commitment").value("NORMS"))
                .andExpect(jsonPath("$.values.length()").value(2));
    }

    @Test
    void theMembersAdminFollowsUpACommitmentDatedTodayByDefault() throws Exception {
        mvc.perform(post(FOLLOW_UPS).with(as("COLLECTIVITY_ADMIN", "tamazgana"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"commitment\":\"COOPERATION\",\"evidence\":\"convention with the province\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.change").value("FOLLOWED_UP"));
        verify(commands).send(eq(new FollowUpCharterCommitmentCommand("tamazgana", CharterCommitment.COOPERATION,
                        "convention with the province", LocalDate.now())),
                eq(new Actor(TestJwt.pseudonym(), Role.COLLECTIVITY_ADMIN)), eq("tamazgana"), eq(null));
    }

    @Test
    void anotherCollectivitysAdminIsRefusedAndAFollowUpNeedsEvidence() throws Exception {
        mvc.perform(post(FOLLOW_UPS).with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(post(FOLLOW_UPS).with(as("NETWORK_OPERATOR", null))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"commitment\":\"NORMS\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("evidence"));
        verify(commands, never()).send(any(), any(), any(), any());
    }
}
