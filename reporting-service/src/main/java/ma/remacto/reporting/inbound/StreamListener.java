package ma.remacto.reporting.inbound;

import io.cloudevents.CloudEvent;
import ma.remacto.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * Consumes every context's topic, a poll's records at a time, and applies them in one database
 * transaction. Several consumers of the group ({@code remacto.projections.listener-threads} per
 * instance, default 2) share the partitions out; each partition, so each aggregate, is applied
 * in log order by one of them. Should the batch fail, its records are applied again one transaction each, so that
 * the ones before a faulty record are kept and the error handler retries from that record on.
 * Offsets are committed after the transaction: a crash in between redelivers events that are
 * then found claimed, so at-least-once delivery gives exactly-once effects.
 */
@Component
public class StreamListener {

    /** The id of the live listener container, which a rebuild pauses while it swaps tables. */
    public static final String ID = "reporting-projections";

    private static final Logger log = LoggerFactory.getLogger(StreamListener.class);

    private final EventApplier applier;
    private final TransactionTemplate transactions;

    StreamListener(EventApplier applier, TransactionTemplate transactions) {
        this.applier = applier;
        this.transactions = transactions;
    }

    @KafkaListener(id = ID, idIsGroup = false, topics = {Topics.NETWORK, Topics.PARTICIPATION, Topics.PROGRAMS}, batch = "true",
            concurrency = "${remacto.projections.listener-threads:2}")
    public void on(List<ConsumerRecord<String, CloudEvent>> records) {
        try {
            transactions.executeWithoutResult(status -> applier.apply(records));
        } catch (RuntimeException batchFailure) {
            log.warn("a batch of {} records failed ({}); applying them one by one", records.size(), batchFailure.toString());
            for (int i = 0; i < records.size(); i++) {
                List<ConsumerRecord<String, CloudEvent>> one = List.of(records.get(i));
                try {
                    transactions.executeWithoutResult(status -> applier.apply(one));
                } catch (RuntimeException e) {
                    throw new BatchListenerFailedException("record " + records.get(i).topic() + "-"
                            + records.get(i).partition() + "@" + records.get(i).offset() + " failed", e, i);
                }
            }
        }
    }
}
