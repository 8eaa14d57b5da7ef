package ma.remacto.local;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How the local platform runs: where its data lives, where the built applications are, which
 * ports and interface it uses, and whether PostgreSQL and Kafka are embedded or external.
 *
 * @param home           data directory ({@code .remacto/}): PostgreSQL, Kafka log, keys, logs
 * @param projectRoot    the checkout whose {@code <module>/target/<module>.jar} files are run
 * @param gatewayPort    the one public port (its first instance's)
 * @param firstServicePort the services' first instances listen on this port and the next three
 * @param postgresPort   port of the embedded PostgreSQL
 * @param kafkaPort      port of the embedded Kafka broker
 * @param externalDbUrl  {@code REMACTO_DB_URL}: a server URL such as {@code jdbc:postgresql://host:5432/}, or null
 * @param dbUser         user for the external server
 * @param dbPassword     password for the external server
 * @param externalKafka  {@code REMACTO_KAFKA_BOOTSTRAP}, or null
 * @param jvmOptions     options of each application's JVM
 * @param loadDemo       enter the demo data through the API on first start
 * @param bindAddress    {@code REMACTO_BIND}: the interface the applications listen on; loopback
 *                       unless said otherwise, so that nothing of the local run (its development
 *                       token issuer above all) is reachable from the network by accident
 * @param managementPort {@code REMACTO_MANAGEMENT_PORT}: the first gateway's actuator port, the first
 *                       services' the next four; always on loopback
 * @param tokenIssuer    {@code REMACTO_TOKENS_ISSUER} and {@code REMACTO_TOKENS_JWK_SET_URI}: an OpenID
 *                       Connect provider whose tokens the platform trusts instead of the development
 *                       issuer's (which is then off, and with it the demo data); null for the development issuer
 * @param instances      {@code REMACTO_INSTANCES}: how many instances of each application run (1 to
 *                       {@value #MAX_INSTANCES}), on ports 10 apart ({@link ApplicationInstance}); every
 *                       gateway balances across every instance of each service
 */
public record LocalSettings(
        Path home,
        Path projectRoot,
        int gatewayPort,
        int firstServicePort,
        int postgresPort,
        int kafkaPort,
        String externalDbUrl,
        String dbUser,
        String dbPassword,
        String externalKafka,
        List<String> jvmOptions,
        boolean loadDemo,
        String bindAddress,
        int managementPort,
        TokenIssuer tokenIssuer,
        int instances) {

    /** An external token issuer: its {@code iss} and the address of its signing keys. */
    public record TokenIssuer(String issuer, String jwkSetUri) {
    }

    static final List<String> DEFAULT_JVM_OPTIONS = List.of(
            "-Xmx256m", "-Xss512k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=64m");
    static final String LOOPBACK = "127.0.0.1";
    /** Beyond four of each, the applications alone outgrow a workstation (about 1.2 GB per set of five). */
    static final int MAX_INSTANCES = 4;

    public LocalSettings {
        if (instances < 1 || instances > MAX_INSTANCES) {
            throw new IllegalArgumentException("REMACTO_INSTANCES must be between 1 and " + MAX_INSTANCES + ", not " + instances);
        }
    }

    /** One instance of each application. */
    public LocalSettings(Path home, Path projectRoot, int gatewayPort, int firstServicePort, int postgresPort,
                         int kafkaPort, String externalDbUrl, String dbUser, String dbPassword, String externalKafka,
                         List<String> jvmOptions, boolean loadDemo, String bindAddress, int managementPort,
                         TokenIssuer tokenIssuer) {
        this(home, projectRoot, gatewayPort, firstServicePort, postgresPort, kafkaPort, externalDbUrl, dbUser, dbPassword,
                externalKafka, jvmOptions, loadDemo, bindAddress, managementPort, tokenIssuer, 1);
    }

    /** The settings of {@code java -jar remacto-local.jar}: defaults, overridden by the environment. */
    public static LocalSettings fromEnvironment() {
        Map<String, String> env = System.getenv();
        Path root = Path.of(env.getOrDefault("REMACTO_ROOT", ".")).toAbsolutePath().normalize();
        String jvm = env.get("REMACTO_JVM_OPTS");
        return new LocalSettings(
                Path.of(env.getOrDefault("REMACTO_HOME", root.resolve(".remacto").toString())).toAbsolutePath(),
                root,
                Integer.parseInt(env.getOrDefault("REMACTO_GATEWAY_PORT", "8080")),
                Integer.parseInt(env.getOrDefault("REMACTO_SERVICE_PORT", "8081")),
                Integer.parseInt(env.getOrDefault("REMACTO_DB_PORT", "54329")),
                Integer.parseInt(env.getOrDefault("REMACTO_KAFKA_PORT", "9092")),
                blankToNull(env.get("REMACTO_DB_URL")),
                env.getOrDefault("REMACTO_DB_USER", "postgres"),
                env.getOrDefault("REMACTO_DB_PASSWORD", "postgres"),
                blankToNull(env.get("REMACTO_KAFKA_BOOTSTRAP")),
                jvm == null || jvm.isBlank() ? DEFAULT_JVM_OPTIONS : List.of(jvm.trim().split("\\s+")),
                !"false".equalsIgnoreCase(env.get("REMACTO_DEMO_DATA")),
                env.getOrDefault("REMACTO_BIND", LOOPBACK).trim(),
                Integer.parseInt(env.getOrDefault("REMACTO_MANAGEMENT_PORT", "9080")),
                blankToNull(env.get("REMACTO_TOKENS_ISSUER")) == null ? null
                        : new TokenIssuer(env.get("REMACTO_TOKENS_ISSUER").trim(), env.get("REMACTO_TOKENS_JWK_SET_URI")),
                Integer.parseInt(env.getOrDefault("REMACTO_INSTANCES", "1").trim()));
    }

    /** These settings with the platform trusting an external issuer's tokens. */
    public LocalSettings trusting(TokenIssuer issuer) {
        return new LocalSettings(home, projectRoot, gatewayPort, firstServicePort, postgresPort, kafkaPort, externalDbUrl,
                dbUser, dbPassword, externalKafka, jvmOptions, false, bindAddress, managementPort, issuer, instances);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Where the applications are reached from this machine: loopback when they listen on every interface. */
    String connectHost() {
        if (bindAddress.equals("0.0.0.0") || bindAddress.equals("::") || bindAddress.equals("0:0:0:0:0:0:0:0")) {
            return LOOPBACK;
        }
        return bindAddress.contains(":") ? "[" + bindAddress + "]" : bindAddress;
    }

    /** The first gateway's URL: the one public door, whatever the number of instances. */
    public String gatewayUrl() {
        return "http://" + connectHost() + ":" + gatewayPort;
    }
}
