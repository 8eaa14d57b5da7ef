package ma.remacto.chaos;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A late event: a transaction of network-service's event store takes a global index (it inserts a
 * collectivity's registration, copied from the latest one under a new id) and stays open past the
 * event processors' gap timeout while later events commit around it, then commits. The publisher
 * must still publish it (and reporting project it) rather than skip the gap it left.
 */
final class LateEvent {

    static final String DATABASE = "remacto_network";

    /**
     * A late event: the collectivity it registers, the global index it took, and whether its
     * transaction committed (false: the server ended it at the append bound).
     */
    record Committed(String collectivityId, long globalIndex, boolean committed) {
    }

    private LateEvent() {
    }

    /**
     * Appends an event as the services do, under the bound they give every appending transaction
     * ({@code remacto.events.append-timeout}), holds the transaction open for {@code hold} (past
     * the gap timeout), then tries to commit it; answers what happened.
     */
    static Committed commitLate(Postgres postgres, String id, Duration hold, Duration appendBound)
            throws SQLException, InterruptedException {
        try (Connection connection = postgres.connect(DATABASE)) {
            connection.setAutoCommit(false);
            try (Statement bound = connection.createStatement()) {
                bound.execute("SET LOCAL transaction_timeout TO '" + appendBound.toMillis() + "ms'");
            }
            String type;
            byte[] metadata;
            byte[] payload;
            String revision;
            String payloadType;
            try (PreparedStatement template = connection.prepareStatement("""
                    SELECT type, metadata, payload, payloadrevision, payloadtype FROM domainevententry
                    WHERE payloadtype LIKE '%.CollectivityRegisteredEvent' ORDER BY globalindex DESC LIMIT 1""");
                 ResultSet row = template.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("no registration to copy");
                }
                type = row.getString(1);
                metadata = row.getBytes(2);
                ObjectNode registration = (ObjectNode) Gateway.JSON.readTree(row.getBytes(3));
                registration.put("collectivityId", id).put("nameFr", "Commune " + id).put("nameAr", "جماعة " + id);
                payload = Gateway.JSON.writeValueAsBytes(registration);
                revision = row.getString(4);
                payloadType = row.getString(5);
            } catch (IOException e) {
                throw new IllegalStateException("the registration to copy is not JSON", e);
            }
            long globalIndex;
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata,
                                                  payload, payloadrevision, payloadtype, timestamp)
                    VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?) RETURNING globalindex""")) {
                insert.setString(1, id);
                insert.setString(2, type);
                insert.setString(3, UUID.randomUUID().toString());
                insert.setBytes(4, metadata);
                insert.setBytes(5, payload);
                insert.setString(6, revision);
                insert.setString(7, payloadType);
                insert.setString(8, Instant.now().toString());
                try (ResultSet inserted = insert.executeQuery()) {
                    inserted.next();
                    globalIndex = inserted.getLong(1);
                }
            }
            Thread.sleep(hold.toMillis());
            try {
                connection.commit();
                return new Committed(id, globalIndex, true);
            } catch (SQLException endedByTheServer) {
                return new Committed(id, globalIndex, false);
            }
        }
    }
}
