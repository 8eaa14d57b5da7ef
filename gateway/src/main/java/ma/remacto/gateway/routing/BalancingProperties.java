package ma.remacto.gateway.routing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How the gateway balances across a service's instances ({@code remacto.balancing.*}).
 *
 * @param skipAfterConnectFailure how long an instance that refused a connection (or did not accept
 *                                one in time) is left out of the rotation; the first request after
 *                                that tries it again
 */
@ConfigurationProperties("remacto.balancing")
public record BalancingProperties(@DefaultValue("5s") Duration skipAfterConnectFailure) {
}
