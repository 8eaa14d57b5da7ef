package ma.remacto.participation.web;

import ma.remacto.kit.security.ServiceSecurityConfiguration;
import ma.remacto.kit.web.Page;
import ma.remacto.kit.web.ProblemDetailsAdvice;
import ma.remacto.participation.query.Directory;
import ma.remacto.participation.query.ProposalQueries;
import ma.remacto.testkit.TestJwt;
import ma.remacto.testkit.WebSliceSecurity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static ma.remacto.testkit.TestJwt.as;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(MyProposalsController.class)
@Import({ServiceSecurityConfiguration.class, ProblemDetailsAdvice.class, WebSliceSecurity.class, ParticipationTargets.class})
class MyProposalsControllerTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ProposalQueries proposals;
    @MockitoBean
    Directory directory;
    @MockitoBean
    JwtDecoder jwtDecoder;

    @Test
    void aCitizenListsTheProposalsOfTheirOwnPseudonym() throws Exception {
        when(proposals.byAuthor(TestJwt.pseudonym(), "sale-trees", 10)).thenReturn(new Page<>(List.of(), null));
        mvc.perform(get("/api/me/proposals?after=sale-trees&limit=10").with(as("CITIZEN", null)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isEmpty());
        verify(proposals).byAuthor(TestJwt.pseudonym(), "sale-trees", 10);
    }

    @Test
    void onlyASignedInCitizenHasProposalsOfTheirOwn() throws Exception {
        mvc.perform(get("/api/me/proposals")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/me/proposals").with(as("COLLECTIVITY_ADMIN", "sale")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("forbidden"));
        mvc.perform(get("/api/me/proposals").with(as("NETWORK_OPERATOR", null))).andExpect(status().isForbidden());
        verify(proposals, never()).byAuthor(any(), any(), anyInt());
    }
}
