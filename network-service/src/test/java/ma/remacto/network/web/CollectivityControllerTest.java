package ma.remacto.network.web;

import ma.remacto.kit.axon.Commands;
import ma.remacto.kit.security.Actor;
import ma.remacto.kit.security.Role;
import ma.remacto.kit.security.ServiceSecurityConfiguration;
import ma.remacto.kit.web.ProblemDetailsAdvice;
import ma.remacto.network.command.MembershipCommands.RegisterCollectivityCommand;
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


import static ma.remacto.testkit.TestJwt.as;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(CollectivityController.class)
@Import({ServiceSecurityConfiguration.class, ProblemDetailsAdvice.class, WebSliceSecurity.class})
class CollectivityControllerTest {

    private static final String TEMARA = """
            {"id":"temara","kind":"COMMUNE","nameAr":"تمارة","nameFr":"Témara","regionId":"rabat-sale-kenitra"}""";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Commands commands;
    @MockitoBean
    CollectivityQueries queries;
    @MockitoBean
    JwtDecoder jwtDecoder;

    @Test
    void anOperatorRegistersAnApplicantUnderTheirPseudonym() throws Exception {
        mvc.perform(post("/api/collectivities").with(as("NETWORK_OPERATOR", null))
                        .contentType(MediaType.APPLICATION_JSON).content(TEMARA))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/collectivities/temara"))
                .andExpect(jsonPath("$.id").value("temara"));
        verify(commands).send(eq(new RegisterCollectivityCommand("temara",
                ma.remacto.events.network.CollectivityKind.COMMUNE, "تمارة", "Témara", null, "rabat-sale-kenitra", null)),
                eq(new Actor(TestJwt.pseudonym(), Role.NETWORK_OPERATOR)), eq("temara"));
    }

    @Test
    void anUnknownKindIsBadInput() throws Exception {
        mvc.perform(post("/api/collectivities").with(as("NETWORK_OPERATOR", null))
                        .contentType(MediaType.APPLICATION_JSON).content(TEMARA.replace("COMMUNE", "VILLAGE")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("unreadable-request"))
                .andExpect(jsonPath("$.detail", containsString("kind")));
        verify(commands, never()).send(any(), any(), any());
    }

    @Test
    void anUnknownFieldIsBadInput() throws Exception {
        mvc.perform(post("/api/collectivities").with(as("NETWORK_OPERATOR", null))
                        .contentType(MediaType.APPLICATION_JSON).content(TEMARA.replace("}", ",\"mayor\":\"x\"}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("mayor")));
        verify(commands, never()).send(any(), any(), any());
    }

    @Test
    void missingNamesAreBadInput() throws Exception {
        mvc.perform(post("/api/collectivities").with(as("NETWORK_OPERATOR", null))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"COMMUNE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid-request"))
                .andExpect(jsonPath("$.errors.length()").value(2));
    }

    @Test
    void withoutATokenTheAnswerIs401() throws Exception {
        mvc.perform(post("/api/collectivities").contentType(MediaType.APPLICATION_JSON).content(TEMARA))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        verify(commands, never()).send(any(), any(), any());
    }

    @Test
    void aCollectivityAdminMayNotRegisterMembersWhateverTheBody() throws Exception {
        mvc.perform(post("/api/collectivities").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType(MediaType.APPLICATION_JSON).content(TEMARA))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("forbidden"));
        mvc.perform(post("/api/collectivities").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isForbidden());
        verify(commands, never()).send(any(), any(), any());
    }
}
