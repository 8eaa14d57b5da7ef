package ma.remacto.network.web;

import ma.remacto.network.query.CollectivityQueries;
import ma.remacto.network.query.NetworkStats;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/** Membership figures of the network, for today or any past date. */
@RestController
class NetworkStatsController {

    private final CollectivityQueries queries;

    NetworkStatsController(CollectivityQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/network/stats")
    NetworkStats stats(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return queries.stats(asOf == null ? LocalDate.now() : asOf);
    }
}
