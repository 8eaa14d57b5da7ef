package ma.remacto.kit.axon;

import jakarta.servlet.http.HttpServletRequest;
import ma.remacto.events.EventMetadata;
import ma.remacto.kit.security.Actor;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Sends commands with the audit metadata every resulting event must carry: who, under which
 * role, for which collectivity, why, and the correlation id of the request. Returns once the
 * events are in the event store.
 */
public class Commands {

    /** Clients may pass their own correlation id, a UUID; otherwise one is made per request. */
    public static final String CORRELATION_HEADER = "X-Correlation-Id";

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final CommandGateway gateway;

    public Commands(CommandGateway gateway) {
        this.gateway = gateway;
    }

    public <R> R send(Object command, Actor actor, String collectivityId, String reason) {
        return send(command, metadata(actor, collectivityId, reason, correlationId()));
    }

    public <R> R send(Object command, Actor actor, String collectivityId) {
        return send(command, actor, collectivityId, null);
    }

    /** Sends with metadata built beforehand, e.g. on the request thread for work done on other threads. */
    public <R> R send(Object command, MetaData metadata) {
        return gateway.sendAndWait(command, metadata);
    }

    public static MetaData metadata(Actor actor, String collectivityId, String reason, String correlationId) {
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(EventMetadata.ACTOR, actor.subject());
        metadata.put(EventMetadata.ACTOR_ROLE, actor.role().name());
        if (collectivityId != null) {
            metadata.put(EventMetadata.COLLECTIVITY, collectivityId);
        }
        if (reason != null && !reason.isBlank()) {
            metadata.put(EventMetadata.REASON, reason.strip());
        }
        metadata.put(EventMetadata.CORRELATION_ID, correlationId);
        return MetaData.from(metadata);
    }

    /** The correlation id of the current request (the client's, when it gave a usable one). */
    public static String correlationId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            String given = request.getHeader(CORRELATION_HEADER);
            if (given != null && UUID_TEXT.matcher(given).matches()) {
                return given.toLowerCase(Locale.ROOT);
            }
        }
        return UUID.randomUUID().toString();
    }
}
