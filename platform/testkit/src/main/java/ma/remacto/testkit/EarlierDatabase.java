package ma.remacto.testkit;

import org.flywaydb.core.Flyway;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.util.ArrayList;
import java.util.List;

/**
 * A service's database as an earlier version left it: migrated up to a given version only, then
 * filled by the test with what that version stored; the service is then started on it by hand, as
 * a deployment would start the new version (outside the test framework's context cache, whose
 * other contexts it leaves alone).
 */
public final class EarlierDatabase {

    private final RealInfrastructure infrastructure = RealInfrastructure.get();
    private final String database;
    private final JdbcClient jdbc;

    private EarlierDatabase(String database, JdbcClient jdbc) {
        this.database = database;
        this.jdbc = jdbc;
    }

    /** A new database migrated up to {@code version} by the migrations at those locations. */
    public static EarlierDatabase at(String prefix, String version, String... locations) {
        RealInfrastructure infrastructure = RealInfrastructure.get();
        String database = infrastructure.newDatabase(prefix);
        String url = infrastructure.postgres().jdbcUrl(database);
        String user = infrastructure.postgres().username();
        String password = infrastructure.postgres().password();
        Flyway.configure().dataSource(url, user, password).locations(locations).target(version).load().migrate();
        return new EarlierDatabase(database, JdbcClient.create(new DriverManagerDataSource(url, user, password)));
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    /** Starts the application on this database, the shared Kafka broker and the test token issuer. */
    public ConfigurableApplicationContext start(Class<?> application) {
        List<String> settings = new ArrayList<>(List.of(
                "server.port=0",
                "spring.datasource.url=" + infrastructure.postgres().jdbcUrl(database),
                "spring.datasource.username=" + infrastructure.postgres().username(),
                "spring.datasource.password=" + infrastructure.postgres().password(),
                "spring.kafka.bootstrap-servers=" + infrastructure.bootstrapServers(),
                "spring.kafka.consumer.group-id=" + database));
        settings.addAll(TestTokens.properties());
        return new SpringApplicationBuilder(application)
                .run(settings.stream().map(setting -> "--" + setting).toArray(String[]::new));
    }
}
