package ma.remacto.reporting.query;

import ma.remacto.infra.PostgresServer;
import ma.remacto.testkit.RealInfrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.postgresql.Driver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Programs projected before the program lifecycle was are drafts, dated from the day they were recorded. */
class ProgramSummaryMigrationIT {

    @Test
    void upgradingKeepsEarlierProgramsAsDraftsOfTheirRecordingDay() {
        PostgresServer postgres = RealInfrastructure.get().postgres();
        String database = RealInfrastructure.get().newDatabase("reporting_programs_upgrade");
        SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new Driver(),
                postgres.jdbcUrl(database), postgres.username(), postgres.password());
        Flyway.configure().dataSource(dataSource).target("3").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("""
                INSERT INTO program_summary (program_id, collectivity_id, title, start_year, end_year, status, drafted_at)
                VALUES ('temara-2025-2026', 'temara', 'برنامج عمل الانفتاح', 2025, 2026, 'DRAFT',
                        TIMESTAMPTZ '2024-06-15T23:30:00Z')""").update();

        Flyway.configure().dataSource(dataSource).load().migrate();

        NetworkDashboards network = new NetworkDashboards(jdbc);
        assertThat(network.at(LocalDate.of(2024, 6, 14)).programsDrafted()).isZero();
        assertThat(network.at(LocalDate.of(2024, 6, 15)).programsDrafted()).isEqualTo(1);
        assertThat(network.at(LocalDate.of(2024, 6, 15)).programsAdopted()).isZero();
        ProgramDashboard program = new ProgramReads(jdbc, new ProgramStations(jdbc)).latest("temara", LocalDate.of(2024, 6, 15));
        assertThat(program.status()).isEqualTo("DRAFT");
        assertThat(program.totalCostMad().toPlainString()).isEqualTo("0");
        assertThat(program.adoptedTotalCostMad()).isNull();
        assertThat(program.axes()).isEmpty();
    }
}
