package ma.remacto.reporting.query;

import ma.remacto.infra.PostgresServer;
import ma.remacto.testkit.RealInfrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.postgresql.Driver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database filled before the member lifecycle was projected keeps its members, now counted by
 * the business dates the migration recovers from the audit trail.
 */
class MemberLifecycleMigrationIT {

    @Test
    void upgradingDatesEarlierMembersFromTheAuditTrail() {
        PostgresServer postgres = RealInfrastructure.get().postgres();
        String database = RealInfrastructure.get().newDatabase("reporting_upgrade");
        SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new Driver(),
                postgres.jdbcUrl(database), postgres.username(), postgres.password());
        Flyway.configure().dataSource(dataSource).target("1").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);

        jdbc.sql("""
                INSERT INTO member (collectivity_id, kind, region_id, status, admitted_on) VALUES
                    ('temara', 'COMMUNE', 'rabat-sale-kenitra', 'ADMITTED', DATE '2024-04-25'),
                    ('nador', 'COMMUNE', 'oriental', 'REJECTED', NULL),
                    ('taza', 'COMMUNE', 'fes-meknes', 'ADMITTED', DATE '2024-01-10')""").update();
        audit(jdbc, "temara", 0, "CollectivityRegistered.v1", """
                {"collectivityId": "temara", "kind": "COMMUNE", "nameAr": "تمارة", "nameFr": "Témara",
                 "regionId": "rabat-sale-kenitra"}""");
        audit(jdbc, "temara", 1, "AdmissionDecided.v1", """
                {"collectivityId": "temara", "decision": "ADMITTED", "decidedOn": "2024-04-25", "indicators": {}}""");
        audit(jdbc, "nador", 0, "CollectivityRegistered.v1", """
                {"collectivityId": "nador", "kind": "COMMUNE", "nameAr": "الناظور", "nameFr": "Nador",
                 "regionId": "oriental"}""");
        audit(jdbc, "nador", 1, "AdmissionDecided.v1", """
                {"collectivityId": "nador", "decision": "REJECTED", "decidedOn": "2024-02-01", "indicators": {}}""");
        // Events a newer network-service published before reporting was upgraded: audited only.
        audit(jdbc, "taza", 0, "CollectivityRegistered.v2", """
                {"collectivityId": "taza", "kind": "COMMUNE", "nameAr": "تازة", "nameFr": "Taza",
                 "nameTzm": "ⵜⴰⵣⴰ", "regionId": "fes-meknes", "province": "Taza"}""");
        audit(jdbc, "taza", 1, "AdmissionDecided.v1", """
                {"collectivityId": "taza", "decision": "ADMITTED", "decidedOn": "2024-01-10", "indicators": {}}""");
        audit(jdbc, "taza", 2, "CharterSigned.v1", """
                {"collectivityId": "taza", "signedOn": "2024-02-01", "signatory": "رئيس المجلس"}""");
        audit(jdbc, "taza", 3, "MembershipSuspended.v1", """
                {"collectivityId": "taza", "suspendedOn": "2024-06-01"}""");
        audit(jdbc, "taza", 4, "MembershipReinstated.v1", """
                {"collectivityId": "taza", "reinstatedOn": "2024-09-01"}""");
        audit(jdbc, "taza", 5, "MembershipWithdrawn.v1", """
                {"collectivityId": "taza", "withdrawnOn": "2025-02-01"}""");

        Flyway.configure().dataSource(dataSource).load().migrate();

        NetworkDashboards dashboards = new NetworkDashboards(jdbc);
        assertThat(dashboards.at(LocalDate.of(2024, 4, 24)).members().byRegion()).doesNotContainKey("rabat-sale-kenitra");
        assertThat(dashboards.at(LocalDate.of(2024, 4, 25)).members().byRegion())
                .containsEntry("rabat-sale-kenitra", 1L).doesNotContainKey("oriental");
        assertThat(dashboards.at(LocalDate.of(2024, 7, 1)).members().byRegion()).containsEntry("fes-meknes", 1L);
        assertThat(dashboards.at(LocalDate.of(2025, 2, 1)).members().byRegion()).doesNotContainKey("fes-meknes");
        assertThat(jdbc.sql("SELECT status FROM member_status_history WHERE collectivity_id = 'taza' ORDER BY sequence")
                .query(String.class).list())
                .containsExactly("APPLIED", "ADMITTED", "ACTIVE", "SUSPENDED", "ACTIVE", "WITHDRAWN");
        Map<String, Object> taza = jdbc.sql("SELECT * FROM member WHERE collectivity_id = 'taza'").query().singleRow();
        assertThat(taza).containsEntry("status", "WITHDRAWN").containsEntry("name_tzm", "ⵜⴰⵣⴰ")
                .containsEntry("province", "Taza").containsEntry("charter_signed_on", Date.valueOf("2024-02-01"));
        assertThat(jdbc.sql("SELECT name_fr FROM member WHERE collectivity_id = 'temara'").query(String.class).single())
                .isEqualTo("Témara");
    }

    private static void audit(JdbcClient jdbc, String aggregate, long sequence, String type, String data) {
        jdbc.sql("""
                        INSERT INTO audit_entry (event_id, source, type, time, collectivity, aggregate_id, sequence, data)
                        VALUES (:id, '/remacto/network-service', :type, now(), :aggregate, :aggregate, :sequence,
                                CAST(:data AS jsonb))""")
                .param("id", aggregate + "-" + sequence)
                .param("type", "ma.remacto.network." + type)
                .param("aggregate", aggregate)
                .param("sequence", sequence)
                .param("data", data)
                .update();
    }
}
