package ma.remacto.network.web;

import ma.remacto.kit.axon.Commands;
import ma.remacto.kit.security.Actor;
import ma.remacto.kit.security.Role;
import ma.remacto.kit.security.ServiceSecurityConfiguration;
import ma.remacto.kit.web.ProblemDetailsAdvice;
import ma.remacto.network.command.MembershipCommands.EditCollectivityCommand;
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

import java.time.LocalDate;


import static ma.remacto.testkit.TestJwt.as;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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
                ma.remacto.events.network.CollectivityKind.COMMUNE, "تمارة", "Témara", null, "rabat-sale-kenitra", null, null)),
                eq(new Actor(TestJwt.pseudonym(), Role.NETWORK_OPERATOR)), eq("temara"), isNull());
    }

    @Test
    void anUnknownKindIsBadInput() throws Exception {
        mvc.perform(post("/api/collectivities").with(as("NETWORK_OPERATOR", null))
                        .contentType(MediaType.APPLICATION_JSON).content(TEMARA.replace("COMMUNE", "VILLAGE")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("unreadable-request"))
                .andExpect(jsonPath("$.detail", containsString("kind")));
        verifyNoInteractions(commands);
    }

    @Test
    void anUnknownFieldIsBadInput() throws Exception {
        mvc.perform(post("/api/collectivities").with(as("NETWORK_OPERATOR", null))
                        .contentType(MediaType.APPLICATION_JSON).content(TEMARA.replace("}", ",\"mayor\":\"x\"}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("mayor")));
        verifyNoInteractions(commands);
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
        verifyNoInteractions(commands);
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
        verifyNoInteractions(commands);
    }

    @Test
    void anOperatorCorrectsNamesAndProvinceWithAReason() throws Exception {
        mvc.perform(put("/api/collectivities/temara").with(as("NETWORK_OPERATOR", null))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"nameAr":"تمارة","nameFr":"Témara","province":"Skhirate-Témara","reason":"typo"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("temara"))
                .andExpect(jsonPath("$.change").value("EDITED"));
        verify(commands).send(eq(new EditCollectivityCommand("temara", "تمارة", "Témara", null, "Skhirate-Témara")),
                eq(new Actor(TestJwt.pseudonym(), Role.NETWORK_OPERATOR)), eq("temara"), eq("typo"));
    }

    @Test
    void onlyAnOperatorCorrectsACollectivityAndACorrectionNeedsAReason() throws Exception {
        mvc.perform(put("/api/collectivities/temara").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/collectivities/temara").with(as("NETWORK_OPERATOR", null))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"nameAr\":\"تمارة\",\"nameFr\":\"Témara\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        verify(commands, never()).send(any(), any(), any(), any());
    }

    @Test
    void anApplicationDatedInTheFutureIsBadInputNamingTheField() throws Exception {
        mvc.perform(post("/api/collectivities").with(as("NETWORK_OPERATOR", null))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(TEMARA.replace("}", ",\"appliedOn\":\"" + LocalDate.now().plusDays(1) + "\"}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("appliedOn"));
        verifyNoInteractions(commands);
    }

    @Test
    void theApplicationDateTravelsWithTheRegistration() throws Exception {
        mvc.perform(post("/api/collectivities").with(as("NETWORK_OPERATOR", null))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(TEMARA.replace("}", ",\"appliedOn\":\"2024-03-01\"}")))
                .andExpect(status().isCreated());
        verify(commands).send(eq(new RegisterCollectivityCommand("temara",
                        ma.remacto.events.network.CollectivityKind.COMMUNE, "تمارة", "Témara", null, "rabat-sale-kenitra",
                        null, LocalDate.of(2024, 3, 1))),
                eq(new Actor(TestJwt.pseudonym(), Role.NETWORK_OPERATOR)), eq("temara"), isNull());
    }

    @Test
    void anApproximateApplicationDateCarriesItsReasonToTheAuditTrail() throws Exception {
        mvc.perform(post("/api/collectivities").with(as("NETWORK_OPERATOR", null))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(TEMARA.replace("}", ",\"appliedOn\":\"2024-04-25\",\"reason\":\"application date not documented\"}")))
                .andExpect(status().isCreated());
        verify(commands).send(any(RegisterCollectivityCommand.class), eq(new Actor(TestJwt.pseudonym(), Role.NETWORK_OPERATOR)),
                eq("temara"), eq("application date not documented"));
    }
}
