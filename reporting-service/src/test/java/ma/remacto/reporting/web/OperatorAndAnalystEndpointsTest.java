package ma.remacto.reporting.web;

import ma.remacto.kit.security.ServiceSecurityConfiguration;
import ma.remacto.kit.web.ProblemDetailsAdvice;
import ma.remacto.reporting.replay.ProjectionRebuilds;
import ma.remacto.reporting.stream.EventStreams;
import ma.remacto.reporting.stream.StreamFilter;
import ma.remacto.reporting.stream.TooManyStreams;
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
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.time.Duration;

import static ma.remacto.testkit.TestJwt.as;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who may rebuild the projections and who may open event streams, as {@code @Allow} decides it. */
@WebMvcTest({ProjectionAdminController.class, StreamController.class})
@Import({ServiceSecurityConfiguration.class, ProblemDetailsAdvice.class, WebSliceSecurity.class})
class OperatorAndAnalystEndpointsTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ProjectionRebuilds rebuilds;
    @MockitoBean
    EventStreams streams;
    @MockitoBean
    JwtDecoder jwtDecoder;

    @Test
    void onlyNetworkOperatorsRebuildAndTheRebuildNamesThemByPseudonym() throws Exception {
        for (String role : new String[]{"ANALYST", "CITIZEN"}) {
            mvc.perform(post("/api/admin/projections/rebuild").with(as(role, null))).andExpect(status().isForbidden());
            mvc.perform(get("/api/admin/projections").with(as(role, null))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/admin/projections/rebuild").with(as("COLLECTIVITY_ADMIN", "temara")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/admin/projections/rebuild")).andExpect(status().isUnauthorized());
        verify(rebuilds, never()).start(anyString(), anyBoolean());

        mvc.perform(post("/api/admin/projections/rebuild?swapWhenDifferent=true").with(as("NETWORK_OPERATOR", null)))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", "/api/admin/projections"));
        verify(rebuilds).start(TestJwt.pseudonym(), true);
        mvc.perform(get("/api/admin/projections").with(as("NETWORK_OPERATOR", null))).andExpect(status().isOk());
    }

    @Test
    void analystsAndOperatorsStreamUnderTheirPseudonymAndNoOneElseDoes() throws Exception {
        when(streams.open(anyString(), any(StreamFilter.class), anyLong())).thenReturn(new SseEmitter());
        for (String role : new String[]{"CITIZEN", "COLLECTIVITY_ADMIN"}) {
            mvc.perform(get("/api/streams/events").with(as(role, "temara"))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/streams/events")).andExpect(status().isUnauthorized());
        verify(streams, never()).open(anyString(), any(StreamFilter.class), anyLong());

        mvc.perform(get("/api/streams/events?after=0").with(as("ANALYST", null))).andExpect(status().isOk());
        mvc.perform(get("/api/streams/events?after=7").with(as("NETWORK_OPERATOR", null))).andExpect(status().isOk());
        verify(streams).open(eq(TestJwt.pseudonym()), any(StreamFilter.class), eq(0L));
        verify(streams).open(eq(TestJwt.pseudonym()), any(StreamFilter.class), eq(7L));
        verify(streams, never()).open(eq(TestJwt.SUBJECT), any(StreamFilter.class), anyLong());
    }

    @Test
    void aCallerBeyondTheStreamCapGets429WithRetryAfter() throws Exception {
        when(streams.open(anyString(), any(StreamFilter.class), anyLong()))
                .thenThrow(new TooManyStreams(4, Duration.ofSeconds(30)));
        mvc.perform(get("/api/streams/events?after=0").with(as("ANALYST", null))
                        .accept(MediaType.TEXT_EVENT_STREAM))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "30"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("too-many-streams"));
    }

    @Test
    void aBadStreamRequestIsRefusedBeforeItTakesASlot() throws Exception {
        mvc.perform(get("/api/streams/events?after=yesterday").with(as("ANALYST", null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid-event-id"));
        verify(streams, never()).open(anyString(), any(StreamFilter.class), anyLong());
    }
}
