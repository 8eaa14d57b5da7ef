package ma.remacto.participation.web;

import ma.remacto.kit.domain.RuleViolation;
import ma.remacto.kit.security.ServiceSecurityConfiguration;
import ma.remacto.kit.web.ProblemDetailsAdvice;
import ma.remacto.participation.query.Directory;
import ma.remacto.participation.residence.Attempts;
import ma.remacto.participation.residence.ResidentKeys;
import ma.remacto.participation.residence.Verifications;
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

import java.time.Duration;
import java.util.Optional;

import static ma.remacto.testkit.TestJwt.as;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(VerificationController.class)
@Import({ServiceSecurityConfiguration.class, ProblemDetailsAdvice.class, WebSliceSecurity.class, ParticipationTargets.class})
class VerificationControllerTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ResidentKeys keys;
    @MockitoBean
    Attempts attempts;
    @MockitoBean
    Verifications verifications;
    @MockitoBean
    Directory directory;
    @MockitoBean
    JwtDecoder jwtDecoder;

    @BeforeEach
    void theAccountRefDerivesFromTheTokenSubject() {
        when(keys.account(TestJwt.SUBJECT)).thenReturn("account-ref");
        when(attempts.take("account-ref")).thenReturn(Optional.empty());
    }

    private ResultActions ask(RequestPostProcessor caller, String body) throws Exception {
        return mvc.perform(post("/api/verifications").with(caller).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void aCitizenBindsTheirNormalizedNumberOnceThenIsVerifiedAlready() throws Exception {
        when(verifications.verify("temara", "AB123456", "account-ref"))
                .thenReturn(Verifications.Outcome.BOUND, Verifications.Outcome.ALREADY_BOUND);
        ask(as("CITIZEN", null), "{\"collectivityId\":\"temara\",\"identifier\":\" ab123456 \"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.collectivityId").value("temara"))
                .andExpect(jsonPath("$.verified").value(true));
        ask(as("CITIZEN", null), "{\"collectivityId\":\"temara\",\"identifier\":\"AB123456\"}")
                .andExpect(status().isOk());
    }

    @Test
    void aMalformedNumberIsBadInputAndCostsNoAttempt() throws Exception {
        ask(as("CITIZEN", null), "{\"collectivityId\":\"temara\",\"identifier\":\"123-ABC\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid-identifier"));
        ask(as("CITIZEN", null), "{\"collectivityId\":\"temara\"}").andExpect(status().isBadRequest());
        verify(attempts, never()).take(anyString());
        verify(verifications, never()).verify(any(), any(), any());
    }

    @Test
    void theSixthAttemptInAnHourIsRefusedWithRetryAfter() throws Exception {
        when(attempts.take("account-ref")).thenReturn(Optional.of(Duration.ofSeconds(1234)));
        ask(as("CITIZEN", null), "{\"collectivityId\":\"temara\",\"identifier\":\"AB123456\"}")
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "1234"))
                .andExpect(jsonPath("$.code").value("too-many-attempts"));
        verify(verifications, never()).verify(any(), any(), any());
    }

    @Test
    void anIdentityHeldByAnotherAccountConflicts() throws Exception {
        when(verifications.verify("temara", "AB123456", "account-ref"))
                .thenThrow(new RuleViolation("identifier-already-bound", "held by another account"));
        ask(as("CITIZEN", null), "{\"collectivityId\":\"temara\",\"identifier\":\"AB123456\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("identifier-already-bound"));
    }

    @Test
    void onlyCitizensVerifyThemselves() throws Exception {
        ask(as("COLLECTIVITY_ADMIN", "temara"), "{\"collectivityId\":\"temara\",\"identifier\":\"AB123456\"}")
                .andExpect(status().isForbidden());
        ask(as("NETWORK_OPERATOR", null), "{").andExpect(status().isForbidden());
        verify(attempts, never()).take(anyString());
    }
}
