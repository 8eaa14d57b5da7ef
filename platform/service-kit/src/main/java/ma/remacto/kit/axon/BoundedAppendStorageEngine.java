package ma.remacto.kit.axon;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/**
 * The JDBC event store, with a bound on how long a transaction that appends events may go on.
 *
 * <p>An appended event takes its global index from a sequence when it is inserted, but becomes
 * visible only when its transaction commits. The streaming processors (the Kafka publisher among
 * them) step over an index not yet visible and keep it as a gap, which they look for again until
 * the gap timeout; an event committed after that would never be published. So every appending
 * transaction is given at most {@code appendTimeout} from its first append to its end, well
 * under the gap timeout: on PostgreSQL 17 and later by {@code transaction_timeout} (the server
 * ends the session, so the transaction neither commits nor is acknowledged), on earlier servers
 * by {@code statement_timeout}, which bounds each of its statements.
 */
class BoundedAppendStorageEngine extends JdbcEventStorageEngine {

    private final String bound;

    BoundedAppendStorageEngine(Builder builder, Duration appendTimeout, boolean transactionTimeout) {
        super(builder);
        this.bound = "SET LOCAL " + (transactionTimeout ? "transaction_timeout" : "statement_timeout")
                + " TO '" + Math.max(1, appendTimeout.toMillis()) + "ms'";
    }

    @Override
    protected PreparedStatement appendEvents(Connection connection, List<? extends EventMessage<?>> events,
                                             Serializer serializer) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(bound);
        }
        return super.appendEvents(connection, events, serializer);
    }

    /** The statement that bounds an appending transaction, as sent. */
    String bound() {
        return bound;
    }
}
