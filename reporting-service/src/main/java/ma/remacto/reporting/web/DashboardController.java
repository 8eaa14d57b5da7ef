package ma.remacto.reporting.web;

import ma.remacto.reporting.query.NetworkDashboard;
import ma.remacto.reporting.query.NetworkDashboards;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/** Public dashboards; no login needed. */
@RestController
class DashboardController {

    private final NetworkDashboards network;

    DashboardController(NetworkDashboards network) {
        this.network = network;
    }

    @GetMapping("/api/dashboards/network")
    NetworkDashboard network(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return network.at(asOf == null ? LocalDate.now() : asOf);
    }
}
