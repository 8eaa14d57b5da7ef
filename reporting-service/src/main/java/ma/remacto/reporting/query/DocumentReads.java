package ma.remacto.reporting.query;

import ma.remacto.reporting.query.Documents.Document;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/** Reads of a collectivity's public documents attached by a time. */
@Component
class DocumentReads {

    private final JdbcClient jdbc;

    DocumentReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Documents of(String collectivityId, Timestamp endOfDay) {
        List<Document> stations = new ArrayList<>();
        List<Document> programs = new ArrayList<>();
        List<Document> reports = new ArrayList<>();
        jdbc.sql("""
                        SELECT d.*, s.title AS station_title
                        FROM public_document d LEFT JOIN station s ON s.station_id = d.station_id
                        WHERE d.collectivity_id = :id AND d.attached_at < :end
                        ORDER BY s.starts_on, d.program_id, d.project_number, d.progress_as_of, d.attached_at, d.url""")
                .param("id", collectivityId)
                .param("end", endOfDay)
                .query(rs -> {
                    Date progressAsOf = rs.getDate("progress_as_of");
                    Document document = new Document(rs.getString("document_id"), rs.getString("owner"),
                            rs.getString("station_id"), rs.getString("station_title"), rs.getString("program_id"),
                            (Integer) rs.getObject("project_number"),
                            progressAsOf == null ? null : progressAsOf.toLocalDate(), rs.getString("kind"),
                            rs.getString("title"), rs.getString("file_name"), rs.getString("media_type"),
                            rs.getLong("size"), rs.getString("sha256"), rs.getString("url"),
                            rs.getTimestamp("attached_at").toInstant());
                    switch (document.owner()) {
                        case "STATION" -> stations.add(document);
                        case "PROGRESS_REPORT" -> reports.add(document);
                        default -> programs.add(document);
                    }
                });
        return new Documents(stations, programs, reports);
    }
}
