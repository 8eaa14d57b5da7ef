package ma.remacto.gateway.hygiene;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.netty.NettyPipeline;
import tools.jackson.databind.json.JsonMapper;

/**
 * Malformed and oversized input answers 400 or 413 problem+json before anything reads it, and
 * is never forwarded: the same request hygiene as the services', at the door.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BodyLimits.class)
class HygieneConfiguration {

    @Bean
    BodySizeFilter bodySizeFilter(BodyLimits limits, JsonMapper json) {
        return new BodySizeFilter(limits, json);
    }

    @Bean
    NettyServerCustomizer malformedUrlGuard(JsonMapper json) {
        return server -> server.doOnChannelInit((observer, channel, remote) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, "remacto.malformedUrlGuard",
                        new MalformedUrlGuard(json));
            }
        });
    }
}
