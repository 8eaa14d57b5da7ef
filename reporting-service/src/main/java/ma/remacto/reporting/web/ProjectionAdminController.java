package ma.remacto.reporting.web;

import ma.remacto.kit.security.Allow;
import ma.remacto.kit.security.Authorized;
import ma.remacto.reporting.replay.ProjectionRebuilds;
import ma.remacto.reporting.replay.RebuildStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import static ma.remacto.kit.security.Role.NETWORK_OPERATOR;

/** Operators rebuild the projections from the topics and follow the rebuild. */
@RestController
class ProjectionAdminController {

    private final ProjectionRebuilds rebuilds;

    ProjectionAdminController(ProjectionRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    /**
     * Starts a rebuild and answers at once (202); the rebuild swaps its tables in only when they
     * equal the live ones, unless {@code swapWhenDifferent} (after a correction of a projection).
     */
    @PostMapping("/api/admin/projections/rebuild")
    @Allow(NETWORK_OPERATOR)
    ResponseEntity<RebuildStatus> rebuild(@RequestParam(defaultValue = "false") boolean swapWhenDifferent,
                                          Authorized authorized) {
        RebuildStatus started = rebuilds.start(authorized.pseudonym(), swapWhenDifferent);
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/admin/projections")).body(started);
    }

    /** The live projections (tables, rows, positions in the topics) and the latest rebuild. */
    @GetMapping("/api/admin/projections")
    @Allow(NETWORK_OPERATOR)
    Map<String, Object> projections() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("positions", rebuilds.livePositions());
        body.put("tables", rebuilds.liveTables());
        body.put("rebuild", rebuilds.latest());
        return body;
    }
}
