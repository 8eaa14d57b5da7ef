package ma.remacto.local;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What a refused request must leave unchanged: the events in the three event stores, and the
 * entries of reporting's audit trail, read straight from the databases.
 */
final class PlatformCounts {

    private static final String[] EVENT_STORES = {"remacto_network", "remacto_participation", "remacto_programs"};

    private final LocalPlatform platform;

    PlatformCounts(LocalPlatform platform) {
        this.platform = platform;
    }

    record Snapshot(long events, long audit) {
    }

    Snapshot now() throws SQLException {
        long events = 0;
        for (String database : EVENT_STORES) {
            events += count(database, "SELECT count(*) FROM domainevententry");
        }
        return new Snapshot(events, count("remacto_reporting", "SELECT count(*) FROM audit_entry"));
    }

    long count(String database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(platform.jdbcUrl(database), platform.dbUsername(),
                platform.dbPassword());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
