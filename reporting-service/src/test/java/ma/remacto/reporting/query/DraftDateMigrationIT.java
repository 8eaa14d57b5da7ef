package ma.remacto.reporting.query;

import ma.remacto.infra.PostgresServer;
import ma.remacto.testkit.RealInfrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.postgresql.Driver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A program entered after the fact was a draft dated after its own adoption; upgrading dates it earlier. */
class DraftDateMigrationIT {

    @Test
    void upgradingDatesADraftNoLaterThanItsFirstChange() {
        PostgresServer postgres = RealInfrastructure.get().postgres();
        String database = RealInfrastructure.get().newDatabase("reporting_draft_dates_upgrade");
        SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new Driver(),
                postgres.jdbcUrl(database), postgres.username(), postgres.password());
        Flyway.configure().dataSource(dataSource).target("7").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("""
                INSERT INTO program_status_history (program_id, sequence, status, effective_on) VALUES
                    ('entered-late', 0, 'DRAFT', DATE '2026-11-26'),
                    ('entered-late', 15, 'IN_CONSULTATION', DATE '2024-06-01'),
                    ('entered-late', 16, 'ADOPTED', DATE '2024-12-31'),
                    ('on-time', 0, 'DRAFT', DATE '2024-05-02'),
                    ('on-time', 7, 'IN_CONSULTATION', DATE '2024-06-01')""").update();

        Flyway.configure().dataSource(dataSource).load().migrate();

        List<String> drafts = jdbc.sql("""
                        SELECT program_id || ' ' || effective_on FROM program_status_history
                        WHERE status = 'DRAFT' ORDER BY program_id""")
                .query(String.class).list();
        assertThat(drafts).containsExactly("entered-late 2024-06-01", "on-time 2024-05-02");
    }
}
