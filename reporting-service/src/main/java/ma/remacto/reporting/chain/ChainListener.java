package ma.remacto.reporting.chain;

import ma.remacto.events.Topics;
import ma.remacto.events.chain.ChainedRecord;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Extends the hash chain of each context topic partition with every record, in offset order.
 * Where a partition goes on is the head stored in the database (not the group's committed
 * offset), so a restart continues from the stored head and a redelivery changes nothing. A record
 * past the expected offset is refused and the consumer goes back to the expected one.
 */
@Component
class ChainListener implements ConsumerSeekAware {

    private static final Logger log = LoggerFactory.getLogger(ChainListener.class);

    private final ChainLedger ledger;
    private final ChainReads reads;

    ChainListener(ChainLedger ledger, ChainReads reads) {
        this.ledger = ledger;
        this.reads = reads;
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        reads.nextOffsets(assignments.keySet()).forEach((partition, offset) ->
                callback.seek(partition.topic(), partition.partition(), offset));
    }

    @KafkaListener(id = "hash-chain", groupId = "${remacto.chain.group-id}",
            containerFactory = ChainConfiguration.LISTENER_FACTORY,
            topics = {Topics.NETWORK, Topics.PARTICIPATION, Topics.PROGRAMS}, batch = "true")
    public void on(List<ConsumerRecord<byte[], byte[]>> records, Consumer<?, ?> consumer) {
        Map<String, ChainLedger.Appended> outcomes = ledger.appendAll(records.stream().map(ChainListener::chained).toList());
        Map<String, TopicPartition> partitions = new LinkedHashMap<>();
        records.forEach(record -> partitions.putIfAbsent(ChainLedger.key(record.topic(), record.partition()),
                new TopicPartition(record.topic(), record.partition())));
        outcomes.forEach((key, appended) -> {
            if (appended.outcome() == ChainLedger.Outcome.GAP) {
                log.error("refusing records of {} past offset {}: the chain of that partition continues there; going back",
                        key, appended.expectedOffset());
                consumer.seek(partitions.get(key), appended.expectedOffset());
            } else if (appended.outcome() == ChainLedger.Outcome.ALREADY_CHAINED) {
                log.debug("the records of {} were chained before", key);
            }
        });
    }

    static ChainedRecord chained(ConsumerRecord<byte[], byte[]> record) {
        List<ChainedRecord.Header> headers = new ArrayList<>();
        for (Header header : record.headers()) {
            headers.add(new ChainedRecord.Header(header.key(), header.value()));
        }
        return new ChainedRecord(record.topic(), record.partition(), record.offset(), record.key(), headers,
                record.value());
    }
}
