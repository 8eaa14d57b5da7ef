package ma.remacto.reporting.replay;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SetAsideIndexTest {

    @Test
    void anIndexIsDroppedByItsQualifiedNameAndBuiltByItsDefinition() {
        SetAsideIndex index = SetAsideIndex.index("projection_rebuild", "audit_entry_type",
                "CREATE INDEX audit_entry_type ON projection_rebuild.audit_entry USING btree (type, \"position\")");
        assertThat(index.drop()).isEqualTo("DROP INDEX \"projection_rebuild\".\"audit_entry_type\"");
        assertThat(index.definition()).startsWith("CREATE INDEX audit_entry_type ON projection_rebuild.audit_entry");
    }

    @Test
    void aUniqueConstraintIsDroppedAndAddedOnItsTable() {
        SetAsideIndex unique = SetAsideIndex.uniqueConstraint("projection_rebuild.member", "member_name_key",
                "UNIQUE (name)");
        assertThat(unique.drop()).isEqualTo("ALTER TABLE projection_rebuild.member DROP CONSTRAINT \"member_name_key\"");
        assertThat(unique.definition())
                .isEqualTo("ALTER TABLE projection_rebuild.member ADD CONSTRAINT \"member_name_key\" UNIQUE (name)");
    }

    @Test
    void aNameWithAQuoteStaysOneIdentifier() {
        assertThat(SetAsideIndex.index("s", "odd\"name", "CREATE INDEX ...").drop()).isEqualTo("DROP INDEX \"s\".\"odd\"\"name\"");
    }
}
