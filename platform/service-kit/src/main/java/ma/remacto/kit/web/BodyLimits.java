package ma.remacto.kit.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;

/**
 * {@code remacto.limits}: the largest request bodies accepted, checked before a body is read.
 *
 * @param json    JSON requests
 * @param imports files: CSV and spreadsheet imports, and anything that is not JSON
 */
@ConfigurationProperties("remacto.limits")
public record BodyLimits(@DefaultValue("1MB") DataSize json, @DefaultValue("5MB") DataSize imports) {

    /** The limit for a body of this content type. */
    public long bytesFor(String contentType) {
        return isJson(contentType) ? json.toBytes() : imports.toBytes();
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.getSubtype().equals("json") || type.getSubtype().endsWith("+json");
        } catch (RuntimeException unparseable) {
            return false;
        }
    }
}
