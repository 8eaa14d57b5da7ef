package ma.remacto.reporting.web;

import jakarta.servlet.http.HttpServletResponse;
import ma.remacto.reporting.export.Datasets;
import ma.remacto.reporting.export.Datasets.Column;
import ma.remacto.reporting.export.Datasets.Dataset;
import ma.remacto.reporting.export.Exports;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Open data: every dataset as CSV and JSON, and a page describing each one's columns. No login needed. */
@RestController
class ExportController {

    private final Exports exports;

    ExportController(Exports exports) {
        this.exports = exports;
    }

    record DatasetDescription(String name, String description, List<Column> columns, String csv, String json) {
    }

    record Catalogue(List<DatasetDescription> datasets) {
    }

    record Export(String dataset, List<String> columns, List<Map<String, Object>> items) {
    }

    @GetMapping("/api/exports")
    Catalogue catalogue() {
        return new Catalogue(Datasets.ALL.stream()
                .map(dataset -> new DatasetDescription(dataset.name(), dataset.description(), dataset.columns(),
                        dataset.csvUrl(), dataset.jsonUrl()))
                .toList());
    }

    @GetMapping("/api/exports/{dataset}.json")
    Export json(@PathVariable String dataset) {
        Dataset found = Datasets.named(dataset);
        return new Export(found.name(), found.columnNames(), exports.items(found));
    }

    /** Streamed row by row as the query reads them. */
    @GetMapping("/api/exports/{dataset}.csv")
    void csv(@PathVariable String dataset, HttpServletResponse response) throws IOException {
        Dataset found = Datasets.named(dataset);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "inline; filename=\"" + found.name() + ".csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        exports.csv(found, out);
    }
}
