package ma.remacto.network.web;

import ma.remacto.network.query.CollectivityQueries;
import ma.remacto.network.reference.NetworkFigures;
import ma.remacto.network.reference.SupportProgram;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/** Reference data of the network, each with its source: the DGCT support program, the documented sizes. */
@RestController
class ReferenceController {

    private final CollectivityQueries queries;

    ReferenceController(CollectivityQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/network/support-program")
    SupportProgram supportProgram() {
        return SupportProgram.DGCT;
    }

    /** The documents' counts beside the platform's own at {@code asOf} (today when left out). */
    @GetMapping("/api/network/figures")
    NetworkFigures figures(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return NetworkFigures.with(queries.stats(asOf == null ? LocalDate.now() : asOf));
    }
}
