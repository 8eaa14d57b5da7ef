package ma.remacto.local;

import java.nio.file.Path;
import java.util.List;

/** What the launcher prints once the platform is ready: where everything is, every instance listed. */
final class Welcome {

    private static final Application GATEWAY = Application.ALL.get(4);

    private final LocalSettings settings;

    Welcome(LocalSettings settings) {
        this.settings = settings;
    }

    void print(long readyMillis, long residentMemoryKb, String bootstrapServers, String postgresUrl,
               Path managementPasswordFile) {
        String gateway = settings.gatewayUrl();
        List<ApplicationInstance> gateways = ApplicationInstance.of(GATEWAY, settings);
        StringBuilder otherGateways = new StringBuilder();
        if (gateways.size() > 1) {
            otherGateways.append("  Other gateway instances: ").append(String.join(", ",
                    gateways.subList(1, gateways.size()).stream().map(i -> i.baseUrl(settings)).toList())).append('\n');
        }
        StringBuilder services = new StringBuilder();
        StringBuilder metrics = new StringBuilder();
        for (int index = 0; index < settings.instances(); index++) {
            List<ApplicationInstance> set = instancesNumbered(index);
            services.append(index == 0 ? "  Services (direct):       " : "                           ")
                    .append(String.format("network %s, proposals %s, programs %s, reporting %s%n",
                            set.get(0).baseUrl(settings), set.get(1).baseUrl(settings),
                            set.get(2).baseUrl(settings), set.get(3).baseUrl(settings)));
            metrics.append(String.format("  %s/prometheus (gateway)%n  %s/prometheus, %s/prometheus,%n"
                            + "  %s/prometheus, %s/prometheus (services)%n",
                    set.get(4).managementUrl(settings), set.get(0).managementUrl(settings), set.get(1).managementUrl(settings),
                    set.get(2).managementUrl(settings), set.get(3).managementUrl(settings)));
        }
        System.out.printf("""

                REMACTO platform ready in %.1f s (applications: %d MB resident).
                  Gateway (the one door):  %s
                %s  Web dashboards:          %s/ (Arabic; French: %s/?lang=fr)
                  Network dashboard:       %s/api/dashboards/network
                  Members:                 %s/api/collectivities
                  Audit trail:             %s/api/audit
                %s  Listening on:            %s (REMACTO_BIND)
                  Kafka:                   %s   PostgreSQL: %s
                Metrics (loopback only; HTTP Basic, user prometheus, password in %s):
                %sGet a token (local run only, from this machine):
                  curl -s -X POST %s/dev/tokens -H 'Content-Type: application/json' \\
                       -d '{"sub":"operator-1","roles":["NETWORK_OPERATOR"]}'
                  curl -s -X POST %s/dev/tokens -H 'Content-Type: application/json' \\
                       -d '{"sub":"admin-temara","roles":["COLLECTIVITY_ADMIN"],"collectivity":"temara"}'
                Press Ctrl-C to stop; data stays in %s.
                """, readyMillis / 1000.0, residentMemoryKb / 1024,
                gateway, otherGateways, gateway, gateway, gateway, gateway, gateway,
                services, settings.bindAddress(), bootstrapServers, postgresUrl, managementPasswordFile,
                metrics, gateway, gateway, settings.home());
    }

    /** Instance {@code index} of each application, in {@link Application#ALL}'s order. */
    private static List<ApplicationInstance> instancesNumbered(int index) {
        return Application.ALL.stream().map(application -> new ApplicationInstance(application, index)).toList();
    }
}
