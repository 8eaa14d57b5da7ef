package ma.remacto.gateway.support;

import ma.remacto.infra.PostgresServer;
import ma.remacto.testkit.RealInfrastructure;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** A fresh database of the gateway under test (its rate limiter's store), on the tests' real PostgreSQL. */
public final class GatewayDatabase {

    private final PostgresServer postgres;
    private final String name;

    private GatewayDatabase(PostgresServer postgres, String name) {
        this.postgres = postgres;
        this.name = name;
    }

    public static GatewayDatabase create() {
        RealInfrastructure infrastructure = RealInfrastructure.get();
        return new GatewayDatabase(infrastructure.postgres(), infrastructure.newDatabase("gateway"));
    }

    /** The datasource properties that point the gateway at this database. */
    public Map<String, String> properties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", postgres.jdbcUrl(name));
        properties.put("spring.datasource.username", postgres.username());
        properties.put("spring.datasource.password", postgres.password());
        return properties;
    }

    public void register(DynamicPropertyRegistry registry) {
        properties().forEach((key, value) -> registry.add(key, () -> value));
    }

    /** A connection to this database, for a test to look at what the gateway stored. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(name), postgres.username(), postgres.password());
    }

    /** Makes the database unreachable, as an outage would: running sessions end, new ones are refused. */
    public void stop() throws SQLException {
        administer("ALTER DATABASE " + name + " WITH ALLOW_CONNECTIONS false",
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
    }

    public void restart() throws SQLException {
        administer("ALTER DATABASE " + name + " WITH ALLOW_CONNECTIONS true");
    }

    private void administer(String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("postgres"), postgres.username(),
                postgres.password()); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
