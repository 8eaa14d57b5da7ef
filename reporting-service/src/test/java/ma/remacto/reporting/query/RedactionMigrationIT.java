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

/**
 * Upgrading a trail recorded before redaction: the text of proposals already hidden reads
 * {@code [hidden]} from then on, as a rebuild would give it, and what is still readable stays.
 */
class RedactionMigrationIT {

    @Test
    void upgradingRedactsWhatWasHiddenOrErasedBeforeAndNamesEveryPersonalText() {
        PostgresServer postgres = RealInfrastructure.get().postgres();
        String database = RealInfrastructure.get().newDatabase("reporting_redaction_upgrade");
        SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new Driver(),
                postgres.jdbcUrl(database), postgres.username(), postgres.password());
        Flyway.configure().dataSource(dataSource).target("8").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("""
                INSERT INTO audit_entry (event_id, source, type, time, data) VALUES
                  ('e1', '/t', 'ma.remacto.participation.ProposalSubmitted.v1', now(),
                   '{"proposalId":"p1","title":"visible","body":"b","neighbourhood":null,"authorId":"a"}'),
                  ('e2', '/t', 'ma.remacto.participation.ProposalSubmitted.v1', now(),
                   '{"proposalId":"p2","title":"hidden title","body":"hidden body","neighbourhood":"n","authorId":"a"}'),
                  ('e3', '/t', 'ma.remacto.participation.ProposalHidden.v1', now(), '{"proposalId":"p2"}'),
                  ('e4', '/t', 'ma.remacto.participation.ProposalSubmitted.v1', now(),
                   '{"proposalId":"p3","title":"erased title","body":"erased body","neighbourhood":null}'),
                  ('e5', '/t', 'ma.remacto.participation.PersonalDataErased.v1', now(),
                   '{"erasureId":"x","proposalIds":["p3"]}'),
                  ('e6', '/t', 'ma.remacto.network.CommitteeMemberAppointed.v1', now(),
                   '{"collectivityId":"c","memberId":"m1","fullName":"A Name","role":"CHAIR"}'),
                  ('e7', '/t', 'ma.remacto.network.CommitteeMemberErased.v1', now(),
                   '{"collectivityId":"c","memberId":"m1"}'),
                  ('e8', '/t', 'ma.remacto.network.CommitteeMemberAppointed.v1', now(),
                   '{"collectivityId":"c","memberId":"m2","fullName":"Kept Name","role":"STAFF"}')""").update();

        Flyway.configure().dataSource(dataSource).load().migrate();

        List<String> entries = jdbc.sql("""
                        SELECT event_id || ' ' || COALESCE(personal_key, '-') || ' ' || data::text FROM audit_entry
                        ORDER BY event_id""")
                .query(String.class).list();
        assertThat(entries).containsExactly(
                "e1 proposal:p1 {\"body\": \"b\", \"title\": \"visible\", \"authorId\": \"a\", \"proposalId\": \"p1\", \"neighbourhood\": null}",
                "e2 proposal:p2 {\"body\": \"[hidden]\", \"title\": \"[hidden]\", \"authorId\": \"a\", \"proposalId\": \"p2\", \"neighbourhood\": \"[hidden]\"}",
                "e3 - {\"proposalId\": \"p2\"}",
                "e4 proposal:p3 {\"body\": \"[erased]\", \"title\": \"[erased]\", \"proposalId\": \"p3\", \"neighbourhood\": null}",
                "e5 - {\"erasureId\": \"x\", \"proposalIds\": [\"p3\"]}",
                "e6 committee:c:m1 {\"role\": \"CHAIR\", \"fullName\": \"[erased]\", \"memberId\": \"m1\", \"collectivityId\": \"c\"}",
                "e7 - {\"memberId\": \"m1\", \"collectivityId\": \"c\"}",
                "e8 committee:c:m2 {\"role\": \"STAFF\", \"fullName\": \"Kept Name\", \"memberId\": \"m2\", \"collectivityId\": \"c\"}");
        assertThat(jdbc.sql("SELECT key_id || ' ' || reason FROM redaction ORDER BY key_id").query(String.class).list())
                .containsExactly("committee:c:m1 ERASED", "proposal:p2 HIDDEN", "proposal:p3 ERASED");
    }
}
