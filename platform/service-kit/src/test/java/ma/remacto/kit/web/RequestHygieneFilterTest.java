package ma.remacto.kit.web;

import jakarta.servlet.ServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class RequestHygieneFilterTest {

    private final RequestHygieneFilter filter = new RequestHygieneFilter(
            new BodyLimits(DataSize.ofBytes(100), DataSize.ofBytes(1000)), JsonMapper.builder().build());

    private MockHttpServletResponse run(MockHttpServletRequest request, AtomicReference<ServletRequest> passed)
            throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                passed.set(req);
            }
        });
        return response;
    }

    private static MockHttpServletRequest json(String body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/processes");
        request.setContentType("application/json");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        return request;
    }

    @Test
    void aBodyWithinItsLimitCanBeReadTwice() throws Exception {
        AtomicReference<ServletRequest> passed = new AtomicReference<>();
        MockHttpServletResponse response = run(json("{\"a\":1}"), passed);

        assertThat(response.getStatus()).isEqualTo(200);
        BufferedBodyRequest buffered = (BufferedBodyRequest) passed.get();
        assertThat(new String(buffered.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
        assertThat(new String(buffered.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedWithoutReading() throws Exception {
        MockHttpServletRequest request = json("{}");
        request.addHeader("Content-Length", "101");
        request.setContent(new byte[101]);
        AtomicReference<ServletRequest> passed = new AtomicReference<>();

        MockHttpServletResponse response = run(request, passed);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"code\":\"payload-too-large\"");
        assertThat(passed.get()).isNull();
    }

    @Test
    void aStreamedBodyIsCutAtItsLimit() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/processes") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        request.setContentType("application/json");
        request.addHeader("Transfer-Encoding", "chunked");
        request.setContent(new byte[500]);
        AtomicReference<ServletRequest> passed = new AtomicReference<>();

        assertThat(run(request, passed).getStatus()).isEqualTo(413);
        assertThat(passed.get()).isNull();
    }

    @Test
    void importsHaveTheirOwnLargerLimit() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/collectivities/import");
        request.setContentType("text/csv");
        request.setContent(new byte[900]);
        AtomicReference<ServletRequest> passed = new AtomicReference<>();

        assertThat(run(request, passed).getStatus()).isEqualTo(200);
        assertThat(passed.get()).isInstanceOf(BufferedBodyRequest.class);
    }

    @Test
    void aNulByteInTheQueryIsMalformed() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/audit");
        request.setQueryString("collectivity=tem%00ara");
        AtomicReference<ServletRequest> passed = new AtomicReference<>();

        MockHttpServletResponse response = run(request, passed);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("\"code\":\"malformed-request\"");
        assertThat(passed.get()).isNull();
    }

    @Test
    void invalidEncodingsAreMalformed() {
        assertThat(RequestHygieneFilter.malformed("a=%C3%28")).isPresent();
        assertThat(RequestHygieneFilter.malformed("a=%zz")).isPresent();
        assertThat(RequestHygieneFilter.malformed("a=%4")).isPresent();
        assertThat(RequestHygieneFilter.malformed("/api/x%00y")).isPresent();
        assertThat(RequestHygieneFilter.malformed("q=%D8%AA%D9%85%D8%A7%D8%B1%D8%A9&limit=5")).isEmpty();
    }
}
