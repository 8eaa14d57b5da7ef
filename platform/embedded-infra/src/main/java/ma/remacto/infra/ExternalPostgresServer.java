package ma.remacto.infra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A PostgreSQL server run by someone else, reached through a base JDBC URL such as
 * {@code jdbc:postgresql://db:5432/} to which a database name is appended.
 */
public record ExternalPostgresServer(String baseUrl, String username, String password) implements PostgresServer {

    public ExternalPostgresServer {
        if (!baseUrl.endsWith("/")) {
            baseUrl = baseUrl.substring(0, baseUrl.lastIndexOf('/') + 1);
        }
    }

    @Override
    public String jdbcUrl(String database) {
        return baseUrl + database;
    }

    @Override
    public void ensureDatabase(String database) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), username, password)) {
            EmbeddedPostgresServer.createIfMissing(connection, database);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + database + " on " + baseUrl, e);
        }
    }

    @Override
    public void close() {
        // the server belongs to its operator
    }
}
