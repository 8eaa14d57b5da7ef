package ma.remacto.reporting.web;

import jakarta.servlet.http.HttpServletResponse;
import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.reporting.export.Datasets;
import ma.remacto.reporting.export.Datasets.Column;
import ma.remacto.reporting.export.Datasets.Dataset;
import ma.remacto.reporting.export.Datasets.Licence;
import ma.remacto.reporting.export.Exports;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Open data: every dataset as CSV and JSON, and a page describing each one's columns. No login needed. */
@RestController
class ExportController {

    private final Exports exports;

    ExportController(Exports exports) {
        this.exports = exports;
    }

    /**
     * A dataset as the catalogue lists it: {@code licence} names its licence, {@code asOf} is the
     * time of the last event the read model applied ({@code null} before the first); a
     * {@code dated} one can be read as of a past day ({@code ?asOf=YYYY-MM-DD}).
     */
    record DatasetDescription(String name, String description, String licence, Instant asOf, boolean dated,
                              List<Column> columns, String csv, String json) {
    }

    record Catalogue(Licence licence, List<DatasetDescription> datasets) {
    }

    /** {@code asOf}: the day asked for, else the time of the last event the read model applied. */
    record Export(String dataset, String licence, String licenceUrl, String asOf, List<String> columns,
                  List<Map<String, Object>> items) {
    }

    @GetMapping("/api/exports")
    Catalogue catalogue() {
        Instant asOf = exports.asOf();
        return new Catalogue(Datasets.LICENCE, Datasets.ALL.stream()
                .map(dataset -> new DatasetDescription(dataset.name(), dataset.description(), Datasets.LICENCE.name(),
                        asOf, dataset.dated(), dataset.columns(), dataset.csvUrl(), dataset.jsonUrl()))
                .toList());
    }

    @GetMapping("/api/exports/{dataset}.json")
    Export json(@PathVariable String dataset,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        Dataset found = datedAsAsked(dataset, asOf);
        return new Export(found.name(), Datasets.LICENCE.name(), Datasets.LICENCE.url(), asOfText(asOf),
                found.columnNames(), exports.items(found, asOf == null ? today() : asOf));
    }

    /**
     * Streamed row by row as the query reads them; the licence travels in a {@code Link} header
     * ({@code rel="license"}), the as-of day or time in an {@code As-Of} header (absent before any event).
     */
    @GetMapping("/api/exports/{dataset}.csv")
    void csv(@PathVariable String dataset,
             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
             HttpServletResponse response) throws IOException {
        Dataset found = datedAsAsked(dataset, asOf);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "inline; filename=\"" + found.name() + ".csv\"");
        response.setHeader("Link", "<" + Datasets.LICENCE.url() + ">; rel=\"license\"; title=\""
                + Datasets.LICENCE.name() + "\"");
        String asOfText = asOfText(asOf);
        if (asOfText != null) {
            response.setHeader("As-Of", asOfText);
        }
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        exports.csv(found, asOf == null ? today() : asOf, out);
    }

    /** The dataset; a 400 problem when a day is asked of one whose rows are not dated. */
    private static Dataset datedAsAsked(String name, LocalDate asOf) {
        Dataset dataset = Datasets.named(name);
        if (asOf != null && !dataset.dated()) {
            throw new InvalidCommand("dataset-not-dated",
                    "the rows of " + name + " are not dated: it can be read only as it stands now");
        }
        return dataset;
    }

    private String asOfText(LocalDate asked) {
        if (asked != null) {
            return asked.toString();
        }
        Instant lastApplied = exports.asOf();
        return lastApplied == null ? null : lastApplied.toString();
    }

    /** Today in UTC, as the rows' days are. */
    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
