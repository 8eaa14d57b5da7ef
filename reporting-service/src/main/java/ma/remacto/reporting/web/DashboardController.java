package ma.remacto.reporting.web;

import ma.remacto.reporting.query.CollectivityDashboard;
import ma.remacto.reporting.query.CollectivityDashboards;
import ma.remacto.reporting.query.NetworkDashboard;
import ma.remacto.reporting.query.NetworkDashboards;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/** Public dashboards; no login needed. */
@RestController
class DashboardController {

    private final NetworkDashboards network;
    private final CollectivityDashboards collectivities;

    DashboardController(NetworkDashboards network, CollectivityDashboards collectivities) {
        this.network = network;
        this.collectivities = collectivities;
    }

    @GetMapping("/api/dashboards/network")
    NetworkDashboard network(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return network.at(asOf == null ? LocalDate.now() : asOf);
    }

    @GetMapping("/api/dashboards/collectivities/{id}")
    CollectivityDashboard collectivity(@PathVariable String id,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return collectivities.of(id, asOf == null ? LocalDate.now() : asOf);
    }
}
