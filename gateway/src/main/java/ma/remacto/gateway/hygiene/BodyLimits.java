package ma.remacto.gateway.hygiene;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.util.List;

/**
 * {@code remacto.limits}: the largest request bodies the gateway lets through, the same limits as
 * the services'.
 *
 * @param json        JSON requests
 * @param imports     file imports: requests to an import path, and any body that is not JSON
 * @param importPaths the import endpoints (path patterns), whatever their content type
 */
@ConfigurationProperties("remacto.limits")
public record BodyLimits(
        @DefaultValue("1MB") DataSize json,
        @DefaultValue("5MB") DataSize imports,
        @DefaultValue({"/api/collectivities/import", "/api/programs/*/matrix", "/api/collectivities/*/census"})
        List<String> importPaths) {
}
