package ma.remacto.reporting.web;

import ma.remacto.kit.security.ServiceSecurityConfiguration;
import ma.remacto.kit.web.ProblemDetailsAdvice;
import ma.remacto.reporting.query.AuditTrail;
import ma.remacto.testkit.WebSliceSecurity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(AuditController.class)
@Import({ServiceSecurityConfiguration.class, WebDashboardsSecurity.class, ProblemDetailsAdvice.class,
        WebSliceSecurity.class})
class WebDashboardsSecurityTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    AuditTrail trail;
    @MockitoBean
    JwtDecoder jwtDecoder;

    @Test
    void anyoneReadsTheWebDashboardsWithoutAToken() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk()).andExpect(forwardedUrl("index.html"));
        mvc.perform(get("/index.html"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"ar\" dir=\"rtl\">")));
        mvc.perform(get("/ui/app.js")).andExpect(status().isOk());
        mvc.perform(get("/ui/app.css")).andExpect(status().isOk());
    }

    @Test
    void onlyReadsOfThePagesArePublic() throws Exception {
        mvc.perform(post("/")).andExpect(status().isUnauthorized());
        mvc.perform(post("/ui/app.js")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/env")).andExpect(status().isUnauthorized());
    }
}
