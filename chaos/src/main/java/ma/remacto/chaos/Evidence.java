package ma.remacto.chaos;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the checks compare the ledger with: the events of the event stores and the records of the
 * topics, read once the platform is quiet, and the views of them the checks share.
 */
final class Evidence {

    final EventStores stores;
    final TopicRecords topics;

    Evidence(EventStores stores, TopicRecords topics) {
        this.stores = stores;
        this.topics = topics;
    }

    /** The records with a CloudEvent met for the first time (a record delivered again is left out), in log order. */
    List<TopicRecords.Record> distinctRecords() {
        Set<String> seen = new HashSet<>();
        return topics.records.stream().filter(record -> seen.add(record.source() + " " + record.id())).toList();
    }

    /** The compared values of the distinct records of a type, per subject, in log order. */
    Map<String, List<String>> onTopic(String type) {
        Map<String, List<String>> values = new HashMap<>();
        for (TopicRecords.Record record : distinctRecords()) {
            if (record.type() != null && record.type().contains(type)) {
                values.computeIfAbsent(record.subject(), s -> new ArrayList<>()).add(record.value());
            }
        }
        return values;
    }

    /** The subjects of the records of a type. */
    Set<String> subjects(String type) {
        return topics.records.stream().filter(record -> record.type() != null && record.type().contains(type))
                .map(TopicRecords.Record::subject).collect(Collectors.toSet());
    }

    /** How many stored events of a payload class each aggregate has. */
    Map<String, Long> count(String payloadSuffix) {
        return stores.events.stream().filter(event -> event.payloadType().endsWith(payloadSuffix))
                .collect(Collectors.groupingBy(EventStores.Stored::aggregate, Collectors.counting()));
    }
}
