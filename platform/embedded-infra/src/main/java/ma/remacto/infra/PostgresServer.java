package ma.remacto.infra;

/** A PostgreSQL server that the platform may create its databases on. */
public interface PostgresServer extends AutoCloseable {

    String jdbcUrl(String database);

    String username();

    String password();

    /** Creates the database unless it exists. */
    void ensureDatabase(String database);

    @Override
    void close();
}
