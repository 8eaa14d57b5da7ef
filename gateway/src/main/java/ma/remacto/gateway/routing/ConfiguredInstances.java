package ma.remacto.gateway.routing;

import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.support.LoadBalancerClientFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import reactor.core.publisher.Flux;

import java.net.URI;
import java.util.List;

/**
 * The load balancer's configuration for one service (Spring Cloud LoadBalancer gives each
 * {@code lb://<service>} its own small context, named for the service): its instances are the base
 * URLs configured in {@link ServiceUrls}, less those {@link InstanceHealth} skips for now. Not a
 * component: {@code @LoadBalancerClients} in {@link RoutesConfiguration} applies it to every service.
 */
class ConfiguredInstances {

    @Bean
    ServiceInstanceListSupplier serviceInstances(Environment environment, ServiceUrls services, InstanceHealth health) {
        String service = LoadBalancerClientFactory.getName(environment);
        List<ServiceInstance> instances = services.of(service).stream().map(url -> instance(service, url)).toList();
        return new ServiceInstanceListSupplier() {
            @Override
            public String getServiceId() {
                return service;
            }

            @Override
            public Flux<List<ServiceInstance>> get() {
                return Flux.defer(() -> Flux.just(health.reachable(instances)));
            }
        };
    }

    private static ServiceInstance instance(String service, URI url) {
        boolean secure = "https".equals(url.getScheme());
        int port = url.getPort() >= 0 ? url.getPort() : secure ? 443 : 80;
        return new DefaultServiceInstance(service + "@" + url.getHost() + ":" + port, service, url.getHost(), port, secure);
    }
}
