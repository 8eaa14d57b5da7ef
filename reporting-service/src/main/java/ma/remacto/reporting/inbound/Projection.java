package ma.remacto.reporting.inbound;

/** A read model fed from the streams; called once per event, inside the event's transaction. */
public interface Projection {

    void apply(ReceivedEvent event);
}
