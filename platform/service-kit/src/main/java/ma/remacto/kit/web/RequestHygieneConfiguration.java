package ma.remacto.kit.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/**
 * Malformed and oversized input answers 400 or 413 problem+json before anything reads it: URLs,
 * bodies, and NUL characters in JSON text.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BodyLimits.class)
public class RequestHygieneConfiguration {

    @Bean
    FilterRegistrationBean<RequestHygieneFilter> requestHygieneFilter(BodyLimits limits, JsonMapper json) {
        FilterRegistrationBean<RequestHygieneFilter> registration =
                new FilterRegistrationBean<>(new RequestHygieneFilter(limits, json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    JacksonModule nulFreeStrings() {
        return NulFreeStrings.module();
    }

    /** Requests the security firewall refuses (encoded slashes, NULs in the path) answer problem+json too. */
    @Bean
    RequestRejectedHandler problemOnRejectedRequest(JsonMapper json) {
        return (request, response, rejected) -> ProblemResponses.write(response, json, HttpStatus.BAD_REQUEST,
                "malformed-request", "the request was refused: " + rejected.getMessage());
    }
}
