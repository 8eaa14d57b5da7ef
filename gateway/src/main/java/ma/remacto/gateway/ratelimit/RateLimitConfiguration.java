package ma.remacto.gateway.ratelimit;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;

/** The gateway's rate limits ({@code remacto.rate-limits.*}), shared through its own database. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
@EnableScheduling
class RateLimitConfiguration {

    @Bean
    SharedBuckets sharedBuckets(DataSource dataSource) {
        return new SharedBuckets(dataSource);
    }

    @Bean
    RateLimiter rateLimiter(SharedBuckets sharedBuckets, RateLimitProperties properties, MeterRegistry meters) {
        return new RateLimiter(sharedBuckets, properties, meters);
    }

    @Bean
    RateLimitFilter rateLimitFilter(RateLimiter rateLimiter, RateLimitProperties properties, JsonMapper json) {
        return new RateLimitFilter(rateLimiter, properties, json);
    }
}
