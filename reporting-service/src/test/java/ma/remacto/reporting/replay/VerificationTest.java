package ma.remacto.reporting.replay;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerificationTest {

    @Test
    void theBiggestTablesAreTakenFirst() {
        assertThat(Verification.biggestFirst(List.of("member", "audit_entry", "ballot", "station"),
                Map.of("member", 10L, "audit_entry", 1_000L, "ballot", 1_000L)))
                .containsExactly("audit_entry", "ballot", "member", "station");
    }

    @Test
    void tablesAreEqualOnlyWhenTheirChecksumsAre() {
        Map<String, ProjectionTables.TableChecksum> live = Map.of(
                "member", new ProjectionTables.TableChecksum("member", 2, "2:ab"),
                "ballot", new ProjectionTables.TableChecksum("ballot", 5, "5:cd"));
        Map<String, ProjectionTables.TableChecksum> rebuilt = Map.of(
                "member", new ProjectionTables.TableChecksum("member", 2, "2:ab"),
                "ballot", new ProjectionTables.TableChecksum("ballot", 5, "5:ce"));
        List<RebuildStatus.TableComparison> comparisons = Verification.compare(List.of("ballot", "member"), live::get, rebuilt::get);
        assertThat(comparisons).extracting(RebuildStatus.TableComparison::table).containsExactly("ballot", "member");
        assertThat(comparisons).extracting(RebuildStatus.TableComparison::equal).containsExactly(false, true);
        assertThat(Verification.allEqual(comparisons)).isFalse();
        assertThat(Verification.allEqual(comparisons.subList(1, 2))).isTrue();
    }

    @Test
    void aTableWithoutItsChecksumIsAnError() {
        Map<String, ProjectionTables.TableChecksum> live = Map.of("member", new ProjectionTables.TableChecksum("member", 1, "1:a"));
        assertThatThrownBy(() -> Verification.compare(List.of("member"), live::get, table -> null))
                .hasMessageContaining("member");
    }
}
