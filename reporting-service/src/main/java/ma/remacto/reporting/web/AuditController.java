package ma.remacto.reporting.web;

import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.kit.web.Page;
import ma.remacto.reporting.query.AuditEntry;
import ma.remacto.reporting.query.AuditQuery;
import ma.remacto.reporting.query.AuditTrail;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/** The public audit trail: every event with who, when and why; never personal data. */
@RestController
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/api/audit")
    Page<AuditEntry> audit(@RequestParam(required = false) String collectivity,
                           @RequestParam(required = false) String aggregate,
                           @RequestParam(required = false) String type,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                           @RequestParam(required = false) String after,
                           @RequestParam(required = false) Integer limit) {
        return trail.find(new AuditQuery(collectivity, aggregate, type, from, to, cursor(after), Page.limit(limit)));
    }

    private static Long cursor(String after) {
        if (after == null || after.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(after);
        } catch (NumberFormatException e) {
            throw new InvalidCommand("invalid-cursor", "'" + after + "' is not a cursor returned by this list");
        }
    }
}
