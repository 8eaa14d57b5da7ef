package ma.remacto.participation.web;

import ma.remacto.kit.axon.Commands;
import ma.remacto.kit.security.Actor;
import ma.remacto.kit.security.Role;
import ma.remacto.kit.security.ServiceSecurityConfiguration;
import ma.remacto.kit.web.ProblemDetailsAdvice;
import ma.remacto.participation.command.Census.ReplaceCensusCommand;
import ma.remacto.participation.query.Directory;
import ma.remacto.participation.residence.ResidentKeys;
import ma.remacto.testkit.TestJwt;
import ma.remacto.testkit.WebSliceSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static ma.remacto.testkit.TestJwt.as;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(CensusController.class)
@Import({ServiceSecurityConfiguration.class, ProblemDetailsAdvice.class, WebSliceSecurity.class, ParticipationTargets.class})
class CensusControllerTest {

    private static final String CENSUS = "/api/collectivities/temara/census";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Commands commands;
    @MockitoBean
    ResidentKeys keys;
    @MockitoBean
    Directory directory;
    @MockitoBean
    JwtDecoder jwtDecoder;

    @BeforeEach
    void hashesNameTheNumber() {
        when(keys.identity(eq("temara"), anyString())).thenAnswer(call -> "hash-of-" + call.getArgument(1));
    }

    private ResultActions upload(RequestPostProcessor caller, String csv) throws Exception {
        return mvc.perform(post(CENSUS).with(caller).contentType("text/csv").content(csv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theAdminReplacesTheCensusWithKeyedHashesOfTrimmedUpperCaseNumbers() throws Exception {
        upload(as("COLLECTIVITY_ADMIN", "temara"), "identifier\n ab123456 \nK7\r\n")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.collectivityId").value("temara"))
                .andExpect(jsonPath("$.entries").value(2));
        verify(commands).send(eq(new ReplaceCensusCommand("temara", List.of("hash-of-AB123456", "hash-of-K7"))),
                eq(new Actor(TestJwt.pseudonym(), Role.COLLECTIVITY_ADMIN)), eq("temara"));
    }

    @Test
    void anyBadLineRefusesTheWholeCensusWithEachLineAndWhy() throws Exception {
        upload(as("NETWORK_OPERATOR", null), "identifier\nAB123456\n\nABC123\n12345\nab123456\nA1234567\nX1,Y2\n")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid-census"))
                .andExpect(jsonPath("$.errors.length()").value(6))
                .andExpect(jsonPath("$.errors[0].line").value(3))
                .andExpect(jsonPath("$.errors[0].message").value("empty"))
                .andExpect(jsonPath("$.errors[1].line").value(4))
                .andExpect(jsonPath("$.errors[1].message").value("not an identity card number"))
                .andExpect(jsonPath("$.errors[2].line").value(5))
                .andExpect(jsonPath("$.errors[3].line").value(6))
                .andExpect(jsonPath("$.errors[3].message").value("duplicate of line 2"))
                .andExpect(jsonPath("$.errors[4].line").value(7))
                .andExpect(jsonPath("$.errors[5].line").value(8));
        verify(commands, never()).send(any(), any(), any());
    }

    @Test
    void aQuoteLeftOpenIsNotACensus() throws Exception {
        upload(as("NETWORK_OPERATOR", null), "AB1\n\"CD2\n")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid-census"))
                .andExpect(jsonPath("$.errors[0].message").value("not valid CSV (a quote left open?)"));
        verify(commands, never()).send(any(), any(), any());
    }

    @Test
    void aCensusIsUtf8Text() throws Exception {
        mvc.perform(post(CENSUS).with(as("NETWORK_OPERATOR", null)).contentType("text/csv")
                        .content(new byte[] {'A', 'B', '1', '\n', 'C', (byte) 0xC3, '\n'}))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid-census"))
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].message").value("not UTF-8 text"));
        verify(commands, never()).send(any(), any(), any());
    }

    @Test
    void anAdminOfAnotherCollectivityIsRefusedWhateverTheFileHolds() throws Exception {
        upload(as("COLLECTIVITY_ADMIN", "tamazgana"), "identifier\nAB123456\n")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("forbidden"));
        upload(as("COLLECTIVITY_ADMIN", "tamazgana"), "not,a\ncensus,\"")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("forbidden"));
        upload(as("CITIZEN", null), "AB123456").andExpect(status().isForbidden());
        verify(commands, never()).send(any(), any(), any());
    }
}
