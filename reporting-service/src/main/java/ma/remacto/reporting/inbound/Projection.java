package ma.remacto.reporting.inbound;

/**
 * A read model fed from the streams; called once per new event, in log order, inside the
 * transaction of the event's batch (live, or a rebuild's, whose search path names the rebuild's
 * tables).
 */
public interface Projection {

    void apply(ReceivedEvent event);
}
