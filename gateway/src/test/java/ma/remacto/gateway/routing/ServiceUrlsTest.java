package ma.remacto.gateway.routing;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.net.URI;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServiceUrlsTest {

    @Test
    void aServiceTakesACommaSeparatedListOfInstances() {
        ServiceUrls urls = bind(Map.of("remacto.services.proposals", "http://a:8082, http://b:8092"));

        assertThat(urls.proposals()).containsExactly(URI.create("http://a:8082"), URI.create("http://b:8092"));
        assertThat(urls.of("proposals")).isEqualTo(urls.proposals());
    }

    @Test
    void aSingleUrlIsAListOfOneAndTheDefaultsAreTheLocalRun() {
        ServiceUrls urls = bind(Map.of("remacto.services.network", "http://network.remacto.svc:8080"));

        assertThat(urls.network()).containsExactly(URI.create("http://network.remacto.svc:8080"));
        assertThat(urls.reporting()).containsExactly(URI.create("http://localhost:8084"));
    }

    @Test
    void aUrlThatIsNotHttpStopsTheGatewayAtStart() {
        assertThatThrownBy(() -> bind(Map.of("remacto.services.programs", "programs:8083")))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("remacto.services.programs");
    }

    private static ServiceUrls bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("remacto.services", ServiceUrls.class);
    }
}
