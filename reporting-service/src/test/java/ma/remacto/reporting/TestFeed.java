package ma.remacto.reporting;

import io.cloudevents.CloudEvent;
import ma.remacto.events.PublishedEvent;
import ma.remacto.events.PublishedLanguage;
import ma.remacto.kit.kafka.EventJson;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One collectivity's events, each numbered in its aggregate (the subject) as the services do, kept
 * until delivered to reporting's consumer group.
 */
final class TestFeed {

    private final String group;
    private final String collectivity;
    private final Map<String, Long> sequences = new HashMap<>();
    private final List<CloudEvent> pending = new ArrayList<>();
    private final List<CloudEvent> events = new ArrayList<>();

    TestFeed(String group, String collectivity) {
        this.group = group;
        this.collectivity = collectivity;
    }

    CloudEvent on(String subject, Object payload) {
        return at(OffsetDateTime.now(), subject, payload);
    }

    CloudEvent at(OffsetDateTime time, String subject, Object payload) {
        return add(time, subject, payload, null);
    }

    /** An event with the reason the user gave. */
    CloudEvent because(String reason, String subject, Object payload) {
        return add(OffsetDateTime.now(), subject, payload, reason);
    }

    private CloudEvent add(OffsetDateTime time, String subject, Object payload, String reason) {
        long sequence = sequences.merge(subject, 1L, Long::sum) - 1;
        CloudEvent event = TestStreams.event(type(payload), EventJson.write(payload),
                subject, collectivity, sequence, reason, time);
        pending.add(event);
        events.add(event);
        return event;
    }

    /** The event's type; for the record of a superseded revision, the type it was published under. */
    static String type(Object payload) {
        if (payload.getClass().isAnnotationPresent(PublishedEvent.class)) {
            return PublishedLanguage.typeOf(payload.getClass());
        }
        return PublishedLanguage.SUPERSEDED.entrySet().stream()
                .filter(superseded -> superseded.getValue() == payload.getClass())
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(payload.getClass() + " is no published revision"));
    }

    /** Every distinct event of the feed so far, in order. */
    List<CloudEvent> events() {
        return List.copyOf(events);
    }

    /** How many distinct events the feed made. */
    int size() {
        return events.size();
    }

    /** Delivers an event once more, as at-least-once delivery may. */
    void again(CloudEvent event) {
        pending.add(event);
    }

    /** Publishes what is pending and waits until reporting has consumed all of it. */
    void deliver() throws Exception {
        TestStreams.awaitConsumed(group, TestStreams.publish(pending));
        pending.clear();
    }
}
