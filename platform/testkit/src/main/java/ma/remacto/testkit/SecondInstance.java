package ma.remacto.testkit;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import java.util.ArrayList;
import java.util.List;

/**
 * Another instance of the application under test, started beside the test's own on the same
 * database, broker and consumer group, with the test issuer's keys and a port of its own: what a
 * second replica of a deployment is. The properties are given as arguments, so they come before
 * the application's own files, as the first instance's test properties do.
 */
public final class SecondInstance {

    private SecondInstance() {
    }

    /**
     * Starts {@code application} on the infrastructure of {@code first}, with {@code properties}
     * ({@code name=value}) over it, for instance the test's own {@code @TestPropertySource}.
     */
    public static ConfigurableApplicationContext start(Environment first, Class<?> application, String... properties) {
        List<String> arguments = new ArrayList<>();
        for (String shared : List.of("spring.datasource.url", "spring.datasource.username",
                "spring.datasource.password", "spring.kafka.bootstrap-servers", "spring.kafka.consumer.group-id")) {
            String value = first.getProperty(shared);
            if (value != null) {
                arguments.add(shared + "=" + value);
            }
        }
        arguments.add("server.port=0");
        arguments.addAll(TestTokens.properties());
        arguments.addAll(List.of(properties));
        return new SpringApplicationBuilder(application)
                .run(arguments.stream().map(argument -> "--" + argument).toArray(String[]::new));
    }

    /** The port the instance's web server listens on. */
    public static int port(ConfigurableApplicationContext instance) {
        return Integer.parseInt(instance.getEnvironment().getRequiredProperty("local.server.port"));
    }
}
