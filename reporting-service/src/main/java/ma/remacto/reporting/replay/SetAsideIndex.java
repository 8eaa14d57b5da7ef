package ma.remacto.reporting.replay;

import static ma.remacto.reporting.replay.ProjectionTables.quoted;

/**
 * A secondary index or extra unique constraint of a rebuilt table, set aside while the replay
 * writes (it would only slow the writes) and built again before the tables are compared.
 *
 * @param name       the index's or the constraint's name
 * @param definition the statement that builds it again
 * @param drop       the statement that sets it aside
 */
record SetAsideIndex(String name, String definition, String drop) {

    /** An index, as {@code pg_indexes} defines it. */
    static SetAsideIndex index(String schema, String name, String definition) {
        return new SetAsideIndex(name, definition, "DROP INDEX " + quoted(schema) + "." + quoted(name));
    }

    /** A unique constraint of a table (schema-qualified as {@code regclass} prints it), as {@code pg_get_constraintdef} gives it. */
    static SetAsideIndex uniqueConstraint(String table, String name, String constraint) {
        return new SetAsideIndex(name, "ALTER TABLE " + table + " ADD CONSTRAINT " + quoted(name) + " " + constraint,
                "ALTER TABLE " + table + " DROP CONSTRAINT " + quoted(name));
    }
}
