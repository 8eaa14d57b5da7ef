package ma.remacto.programs.query;

import ma.remacto.events.DocumentKind;
import ma.remacto.events.DocumentRef;
import ma.remacto.events.programs.ProgramDocumentAttachedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;

/**
 * Keeps the documents of each program. The first deliberation attached to a program after its
 * adoption is taken as the adoption's own, so the program's read finds it from the adoption.
 */
@Component
@ProcessingGroup(ProgramProjection.GROUP)
class DocumentProjection {

    private final JdbcClient jdbc;

    DocumentProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ProgramDocumentAttachedEvent event, EventMessage<?> message) {
        DocumentRef document = event.document();
        jdbc.sql("""
                        INSERT INTO program_document (document_id, program_id, project_number, progress_as_of, kind,
                            title, file_name, media_type, size, sha256, attached_at)
                        VALUES (:id, :program, :number, :asOf, :kind, :title, :fileName, :mediaType, :size, :sha256, :at)
                        ON CONFLICT DO NOTHING""")
                .param("id", document.documentId())
                .param("program", event.programId())
                .param("number", event.projectNumber())
                .param("asOf", event.progressAsOf())
                .param("kind", document.kind().name())
                .param("title", document.title())
                .param("fileName", document.fileName())
                .param("mediaType", document.mediaType())
                .param("size", document.size())
                .param("sha256", document.sha256())
                .param("at", Timestamp.from(message.getTimestamp()))
                .update();
        if (document.kind() == DocumentKind.DELIBERATION && event.projectNumber() == null) {
            jdbc.sql("""
                            UPDATE program SET deliberation_document_id = :document
                            WHERE id = :program AND adopted_on IS NOT NULL AND deliberation_document_id IS NULL""")
                    .param("document", document.documentId())
                    .param("program", event.programId())
                    .update();
        }
    }
}
