package ma.remacto.programs.query;

import ma.remacto.events.DocumentKind;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Date;
import java.util.List;

/** Reads a program's documents, in the order they were attached. */
final class DocumentReader {

    private final JdbcClient jdbc;

    DocumentReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<DocumentView> documents(String programId) {
        return jdbc.sql("SELECT * FROM program_document WHERE program_id = :id ORDER BY attached_at, document_id")
                .param("id", programId)
                .query((rs, n) -> {
                    Date asOf = rs.getDate("progress_as_of");
                    String documentId = rs.getString("document_id");
                    return new DocumentView(documentId, DocumentKind.valueOf(rs.getString("kind")),
                            rs.getString("title"), rs.getString("file_name"), rs.getString("media_type"),
                            rs.getLong("size"), rs.getString("sha256"), (Integer) rs.getObject("project_number"),
                            asOf == null ? null : asOf.toLocalDate(),
                            "/api/programs/" + programId + "/documents/" + documentId,
                            rs.getTimestamp("attached_at").toInstant());
                })
                .list();
    }
}
