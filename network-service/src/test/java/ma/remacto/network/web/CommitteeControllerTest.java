package ma.remacto.network.web;

import ma.remacto.events.Gender;
import ma.remacto.events.network.CommitteeRole;
import ma.remacto.kit.axon.Commands;
import ma.remacto.kit.security.Actor;
import ma.remacto.kit.security.Role;
import ma.remacto.kit.security.ServiceSecurityConfiguration;
import ma.remacto.kit.web.ProblemDetailsAdvice;
import ma.remacto.network.command.CommitteeCommands.AppointCommitteeMemberCommand;
import ma.remacto.network.command.CommitteeCommands.EditCommitteeMemberCommand;
import ma.remacto.network.command.CommitteeCommands.EraseCommitteeMemberCommand;
import ma.remacto.network.query.CommitteeQueries;
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
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(CommitteeController.class)
@Import({ServiceSecurityConfiguration.class, ProblemDetailsAdvice.class, WebSliceSecurity.class})
class CommitteeControllerTest {

    private static final String CHAIR = """
            {"memberId":"chair","fullName":"رئيس المجلس","role":"CHAIR","gender":"MAN","appointedOn":"2024-02-01"}""";
    private static final String ERASURE = "/api/collectivities/temara/committee/members/chair/erasure";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Commands commands;
    @MockitoBean
    CommitteeQueries queries;
    @MockitoBean
    JwtDecoder jwtDecoder;

    @Test
    void theCollectivitysAdminAppointsAMemberUnderTheirPseudonym() throws Exception {
        mvc.perform(post("/api/collectivities/temara/committee/members").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType(MediaType.APPLICATION_JSON).content(CHAIR))
                .andExpect(status().isCreated());
        verify(commands).send(eq(new AppointCommitteeMemberCommand("temara", "chair", "رئيس المجلس", CommitteeRole.CHAIR,
                        Gender.MAN, LocalDate.of(2024, 2, 1))), eq(new Actor(TestJwt.pseudonym(), Role.COLLECTIVITY_ADMIN)),
                eq("temara"), eq(null));
    }

    @Test
    void anAdminOfAnotherCollectivityIsRefusedWhateverTheBody() throws Exception {
        for (String body : new String[] {CHAIR, "{}", "{not json"}) {
            mvc.perform(post("/api/collectivities/temara/committee/members").with(as("COLLECTIVITY_ADMIN", "tamazgana"))
                            .contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("forbidden"));
        }
        mvc.perform(delete("/api/collectivities/temara/committee/members/chair").with(as("COLLECTIVITY_ADMIN", "tamazgana"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        verify(commands, never()).send(any(), any(), any(), any());
    }

    @Test
    void anOperatorErasesAMembersNameWithAReason() throws Exception {
        mvc.perform(post(ERASURE).with(as("NETWORK_OPERATOR", null))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"the member asked for erasure\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.change").value("ERASED"));
        verify(commands).send(eq(new EraseCommitteeMemberCommand("temara", "chair")),
                eq(new Actor(TestJwt.pseudonym(), Role.NETWORK_OPERATOR)), eq("temara"), eq("the member asked for erasure"));
    }

    @Test
    void anErasureWithoutAReasonIsBadInput() throws Exception {
        mvc.perform(post(ERASURE).with(as("NETWORK_OPERATOR", null))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("reason")));
        verify(commands, never()).send(any(), any(), any(), any());
    }

    @Test
    void onlyAnOperatorErasesEvenTheCollectivitysOwnAdminMayNot() throws Exception {
        for (String body : new String[] {"{\"reason\":\"r\"}", "{}"}) {
            mvc.perform(post(ERASURE).with(as("COLLECTIVITY_ADMIN", "temara"))
                            .contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isForbidden());
        }
        verify(commands, never()).send(any(), any(), any(), any());
    }

    @Test
    void theCollectivitysAdminCorrectsASeatWithAReason() throws Exception {
        mvc.perform(put("/api/collectivities/temara/committee/members/chair").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"fullName":"رئيس المجلس","role":"CHAIR","gender":"MAN","appointedOn":"2024-02-01",
                                 "reason":"gender documented"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.change").value("EDITED"));
        verify(commands).send(eq(new EditCommitteeMemberCommand("temara", "chair", "رئيس المجلس", CommitteeRole.CHAIR,
                        Gender.MAN, LocalDate.of(2024, 2, 1))), eq(new Actor(TestJwt.pseudonym(), Role.COLLECTIVITY_ADMIN)),
                eq("temara"), eq("gender documented"));
    }

    @Test
    void anAdminOfAnotherCollectivityCannotCorrectASeat() throws Exception {
        mvc.perform(put("/api/collectivities/temara/committee/members/chair").with(as("COLLECTIVITY_ADMIN", "tamazgana"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        verify(commands, never()).send(any(), any(), any(), any());
    }
}
