package ma.remacto.kit.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import ma.remacto.kit.web.ProblemDetailsAdvice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(AuthorizationTest.Endpoints.class)
@Import({ServiceSecurityConfiguration.class, ProblemDetailsAdvice.class, AuthorizationTest.Fixtures.class,
        AuthorizationTest.Endpoints.class})
class AuthorizationTest {

    static final List<Authorized> REACHED = new CopyOnWriteArrayList<>();

    @Autowired
    MockMvc mvc;
    @MockitoBean
    JwtDecoder jwtDecoder;

    record Body(@NotBlank String collectivityId, @NotBlank String title) {
    }

    @SpringBootApplication
    static class Fixtures {

        static final Pseudonyms PSEUDONYMS = new Pseudonyms(() -> "authorization-test-key".getBytes(StandardCharsets.UTF_8));

        @Bean
        Pseudonyms pseudonyms() {
            return PSEUDONYMS;
        }

        /** Process p-1 belongs to temara; nothing else exists. */
        @Bean
        Targets processes() {
            return new Targets() {
                @Override
                public Set<String> kinds() {
                    return Set.of("process");
                }

                @Override
                public Optional<String> collectivityOf(String kind, String id) {
                    return "p-1".equals(id) ? Optional.of("temara") : Optional.empty();
                }
            };
        }
    }

    @RestController
    static class Endpoints {

        @PostMapping("/api/processes/{id}/things")
        @Allow(value = {Role.NETWORK_OPERATOR, Role.COLLECTIVITY_ADMIN}, target = "process:{id}")
        Map<String, String> onProcess(@PathVariable String id, @Valid @RequestBody Body body, Authorized authorized) {
            REACHED.add(authorized);
            return Map.of("actor", authorized.actor().subject(), "role", authorized.actor().role().name());
        }

        @PostMapping("/api/processes")
        @Allow(value = {Role.NETWORK_OPERATOR, Role.COLLECTIVITY_ADMIN}, target = "body:collectivityId")
        Map<String, String> create(@Valid @RequestBody Body body, Authorized authorized) {
            REACHED.add(authorized);
            return Map.of("collectivity", authorized.collectivityId());
        }

        @PostMapping("/api/collectivities/{id}/things")
        @Allow(value = {Role.NETWORK_OPERATOR, Role.COLLECTIVITY_ADMIN}, target = "collectivity:{id}")
        Map<String, String> onCollectivity(@PathVariable String id, Authorized authorized) {
            REACHED.add(authorized);
            return Map.of("collectivity", authorized.collectivityId());
        }

        @GetMapping("/api/me/things")
        @Allow(Role.CITIZEN)
        Map<String, String> mine(Authorized authorized) {
            REACHED.add(authorized);
            return Map.of("actor", authorized.actor().subject());
        }
    }

    private static RequestPostProcessor as(String role, String collectivity) {
        return jwt().jwt(token -> {
            token.subject("subject-1").claim("roles", List.of(role));
            if (collectivity != null) {
                token.claim("collectivity", collectivity);
            }
        });
    }

    private ResultActions post(String path, RequestPostProcessor caller, String body) throws Exception {
        REACHED.clear();
        return mvc.perform(MockMvcRequestBuilders.post(path)
                .with(caller).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void anAdminOfAnotherCollectivityIsRefusedBeforeTheBodyIsValidated() throws Exception {
        post("/api/processes/p-1/things", as("COLLECTIVITY_ADMIN", "tamazgana"), "{}")
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("forbidden"));
        post("/api/processes/p-1/things", as("COLLECTIVITY_ADMIN", "tamazgana"), "{not json")
                .andExpect(status().isForbidden());
        assertThat(REACHED).isEmpty();
    }

    @Test
    void theAdminOfTheTargetsCollectivityPassesThenTheBodyIsValidated() throws Exception {
        post("/api/processes/p-1/things", as("COLLECTIVITY_ADMIN", "temara"), "{}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("invalid-request"));
        post("/api/processes/p-1/things", as("COLLECTIVITY_ADMIN", "temara"),
                "{\"collectivityId\":\"temara\",\"title\":\"t\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("COLLECTIVITY_ADMIN"));
        assertThat(REACHED).singleElement().extracting(Authorized::collectivityId).isEqualTo("temara");
    }

    @Test
    void eventsActUnderAPseudonymNeverTheTokensSubject() throws Exception {
        post("/api/processes/p-1/things", as("NETWORK_OPERATOR", null), "{\"collectivityId\":\"x\",\"title\":\"t\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.actor").value(Fixtures.PSEUDONYMS.of("subject-1")));
        assertThat(Fixtures.PSEUDONYMS.of("subject-1")).startsWith("p-").doesNotContain("subject-1");
    }

    @Test
    void aNulCharacterInJsonTextIsABadRequestNotAServerError() throws Exception {
        post("/api/processes/p-1/things", as("COLLECTIVITY_ADMIN", "temara"),
                "{\"collectivityId\":\"temara\",\"title\":\"a\\u0000b\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("unreadable-request"));
        assertThat(REACHED).isEmpty();
    }

    @Test
    void anUnknownTargetIsNotFound() throws Exception {
        post("/api/processes/p-404/things", as("COLLECTIVITY_ADMIN", "temara"), "{}")
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("not-found"));
    }

    @Test
    void aRoleTheEndpointDoesNotNameIsRefused() throws Exception {
        post("/api/processes/p-1/things", as("CITIZEN", null), "{}").andExpect(status().isForbidden());
        post("/api/processes/p-1/things", as("ANALYST", null), "{}").andExpect(status().isForbidden());
        assertThat(REACHED).isEmpty();
    }

    @Test
    void aBodyTargetIsReadBeforeBindingSoACrossTenantInvalidBodyIsRefused() throws Exception {
        post("/api/processes", as("COLLECTIVITY_ADMIN", "temara"), "{\"collectivityId\":\"tamazgana\"}")
                .andExpect(status().isForbidden());
        post("/api/processes", as("COLLECTIVITY_ADMIN", "temara"), "{\"collectivityId\":\"tamazgana\",\"extra\":1}")
                .andExpect(status().isForbidden());
        post("/api/processes", as("COLLECTIVITY_ADMIN", "temara"), "{\"collectivityId\":\"temara\",\"title\":\"t\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.collectivity").value("temara"));
    }

    @Test
    void aBodyThatNamesNoCollectivityCannotBeAuthorizedForAnAdmin() throws Exception {
        post("/api/processes", as("COLLECTIVITY_ADMIN", "temara"), "{\"title\":\"t\"}")
                .andExpect(status().isForbidden());
        post("/api/processes", as("COLLECTIVITY_ADMIN", "temara"), "{not json")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("unreadable-request"));
    }

    @Test
    void aPathCollectivityIsTheTarget() throws Exception {
        post("/api/collectivities/temara/things", as("COLLECTIVITY_ADMIN", "temara"), "")
                .andExpect(status().isOk()).andExpect(jsonPath("$.collectivity").value("temara"));
        post("/api/collectivities/sale/things", as("COLLECTIVITY_ADMIN", "temara"), "")
                .andExpect(status().isForbidden());
    }

    @Test
    void withoutATokenTheCallerIsUnauthenticated() throws Exception {
        REACHED.clear();
        mvc.perform(MockMvcRequestBuilders.post("/api/processes")
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/me/things")).andExpect(status().isUnauthorized());
        assertThat(REACHED).isEmpty();
    }
}
