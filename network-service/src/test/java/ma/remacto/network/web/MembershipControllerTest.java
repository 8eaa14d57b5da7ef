package ma.remacto.network.web;

import ma.remacto.kit.axon.Commands;
import ma.remacto.kit.security.Actor;
import ma.remacto.kit.security.Role;
import ma.remacto.kit.security.ServiceSecurityConfiguration;
import ma.remacto.kit.web.ProblemDetailsAdvice;
import ma.remacto.network.command.MembershipCommands.SignCharterCommand;
import ma.remacto.network.command.MembershipCommands.SuspendMembershipCommand;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(MembershipController.class)
@Import({ServiceSecurityConfiguration.class, ProblemDetailsAdvice.class, WebSliceSecurity.class})
class MembershipControllerTest {

    private static final String SIGNATURE = "{\"signedOn\":\"2024-05-02\",\"signatory\":\"رئيس المجلس\"}";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Commands commands;
    @MockitoBean
    JwtDecoder jwtDecoder;

    @Test
    void aRejectionWithoutReasonIsBadInput() throws Exception {
        mvc.perform(post("/api/collectivities/temara/admission").with(as("NETWORK_OPERATOR", null))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"REJECTED\",\"decidedOn\":\"2024-04-25\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("reason")));
        verify(commands, never()).send(any(), any(), any(), any());
    }

    @Test
    void aCollectivityAdminSignsItsOwnCharter() throws Exception {
        mvc.perform(post("/api/collectivities/temara/charter-signature").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType(MediaType.APPLICATION_JSON).content(SIGNATURE))
                .andExpect(status().isOk());
        verify(commands).send(eq(new SignCharterCommand("temara", LocalDate.of(2024, 5, 2), "رئيس المجلس")),
                eq(new Actor(TestJwt.pseudonym(), Role.COLLECTIVITY_ADMIN)), eq("temara"), eq(null));
    }

    @Test
    void anAdminOfAnotherCollectivityMayNotSignItsCharter() throws Exception {
        mvc.perform(post("/api/collectivities/temara/charter-signature").with(as("COLLECTIVITY_ADMIN", "tamazgana"))
                        .contentType(MediaType.APPLICATION_JSON).content(SIGNATURE))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("forbidden"));
        verify(commands, never()).send(any(), any(), any(), any());
    }

    @Test
    void anAdminOfAnotherCollectivityIsRefusedBeforeTheBodyIsRead() throws Exception {
        for (String invalid : new String[] {"{}", "{not json", "{\"signedOn\":\"yesterday\",\"mayor\":1}"}) {
            mvc.perform(post("/api/collectivities/temara/charter-signature").with(as("COLLECTIVITY_ADMIN", "tamazgana"))
                            .contentType(MediaType.APPLICATION_JSON).content(invalid))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("forbidden"));
        }
        verify(commands, never()).send(any(), any(), any(), any());
    }

    @Test
    void onlyOperatorsSuspendAndAReasonIsRequired() throws Exception {
        String suspension = "{\"on\":\"2025-01-10\",\"reason\":\"charter commitments not met\"}";
        mvc.perform(post("/api/collectivities/temara/suspension").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType(MediaType.APPLICATION_JSON).content(suspension))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/collectivities/temara/suspension").with(as("NETWORK_OPERATOR", null))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"on\":\"2025-01-10\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("reason")));
        verify(commands, never()).send(any(), any(), any(), any());
        mvc.perform(post("/api/collectivities/temara/suspension").with(as("NETWORK_OPERATOR", null))
                        .contentType(MediaType.APPLICATION_JSON).content(suspension))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.change").value("SUSPENDED"));
        verify(commands).send(eq(new SuspendMembershipCommand("temara", LocalDate.of(2025, 1, 10))), any(),
                eq("temara"), eq("charter commitments not met"));
    }
}
