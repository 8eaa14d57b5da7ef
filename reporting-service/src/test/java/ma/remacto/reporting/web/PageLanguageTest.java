package ma.remacto.reporting.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class PageLanguageTest {

    private final PageLanguage filter = new PageLanguage();

    private String languageOf(String path, String lang) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        if (lang != null) {
            request.setParameter("lang", lang);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response.getHeader("Content-Language");
    }

    @Test
    void thePageIsArabicUnlessTheAddressAsksForFrench() throws Exception {
        assertThat(languageOf("/", null)).isEqualTo("ar");
        assertThat(languageOf("/index.html", "ar")).isEqualTo("ar");
        assertThat(languageOf("/", "fr")).isEqualTo("fr");
        assertThat(languageOf("/", "en")).as("an unknown language opens the Arabic page").isEqualTo("ar");
    }

    @Test
    void readsOtherThanThePageAreLeftAlone() throws Exception {
        assertThat(languageOf("/api/dashboards/network", "fr")).isNull();
        assertThat(languageOf("/ui/app.js", "fr")).isNull();
    }
}
