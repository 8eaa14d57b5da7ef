package ma.remacto.testkit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Starts (once) the real PostgreSQL and Kafka before a test class; any failure fails the class. */
public class RealInfrastructureExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        RealInfrastructure.get();
    }
}
