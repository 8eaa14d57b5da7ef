package ma.remacto.reporting.web;

import ma.remacto.kit.security.Caller;
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
    ResponseEntity<RebuildStatus> rebuild(@RequestParam(defaultValue = "false") boolean swapWhenDifferent) {
        String operator = Caller.current().requireOperator().subject();
        RebuildStatus started = rebuilds.start(operator, swapWhenDifferent);
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/admin/projections")).body(started);
    }

    /** The live projections (tables, rows, positions in the topics) and the latest rebuild. */
    @GetMapping("/api/admin/projections")
    Map<String, Object> projections() {
        Caller.current().requireOperator();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("positions", rebuilds.livePositions());
        body.put("tables", rebuilds.liveTables());
        body.put("rebuild", rebuilds.latest());
        return body;
    }
}
