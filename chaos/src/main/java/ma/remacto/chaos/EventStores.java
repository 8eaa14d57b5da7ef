package ma.remacto.chaos;

import ma.remacto.events.PublishedEvent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The events of the three services' event stores ({@code domainevententry}), read straight from PostgreSQL. */
final class EventStores {

    static final List<String> DATABASES = List.of("remacto_network", "remacto_participation", "remacto_programs");

    /** One stored event: its id, aggregate, sequence, payload class, whether it is published, and the compared field. */
    record Stored(String database, String eventId, String aggregate, long sequence, String payloadType,
                  boolean published, String value) {
    }

    final List<Stored> events = new ArrayList<>();
    private final Map<String, Boolean> publishedTypes = new HashMap<>();

    static EventStores read(Postgres postgres) throws SQLException {
        EventStores stores = new EventStores();
        for (String database : DATABASES) {
            try (Connection connection = postgres.connect(database);
                 PreparedStatement query = connection.prepareStatement("""
                         SELECT eventidentifier, aggregateidentifier, sequencenumber, payloadtype, payload
                         FROM domainevententry ORDER BY aggregateidentifier, sequencenumber""")) {
                query.setFetchSize(5000);
                connection.setAutoCommit(false);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        String payloadType = rows.getString(4);
                        String simple = payloadType.substring(payloadType.lastIndexOf('.') + 1);
                        String value = switch (simple) {
                            case "ProposalSubmittedEvent" -> TopicRecords.compared(".ProposalSubmitted.", rows.getBytes(5));
                            case "VoteCastEvent" -> TopicRecords.compared(".VoteCast.", rows.getBytes(5));
                            case "ProjectAddedEvent", "ProjectEditedEvent" ->
                                    TopicRecords.compared(".ProjectAdded.", rows.getBytes(5));
                            default -> null;
                        };
                        stores.events.add(new Stored(database, rows.getString(1), rows.getString(2), rows.getLong(3),
                                payloadType, stores.published(payloadType), value));
                    }
                }
            }
        }
        return stores;
    }

    /** Whether events of this payload class are published (internal events of a service are not). */
    private boolean published(String payloadType) {
        return publishedTypes.computeIfAbsent(payloadType, type -> {
            try {
                return Class.forName(type).isAnnotationPresent(PublishedEvent.class);
            } catch (ClassNotFoundException internal) {
                return false;
            }
        });
    }
}
