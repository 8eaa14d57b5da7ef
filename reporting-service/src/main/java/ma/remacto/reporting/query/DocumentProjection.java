package ma.remacto.reporting.query;

import ma.remacto.events.DocumentRef;
import ma.remacto.events.participation.StationDocumentAttachedEvent;
import ma.remacto.events.programs.ProgramDocumentAttachedEvent;
import ma.remacto.reporting.inbound.Projection;
import ma.remacto.reporting.inbound.ReceivedEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;

/**
 * The public documents of stations, programs and progress reports, as their events name them, with
 * the address through the gateway where anyone downloads each (served by the owning service).
 */
@Component
class DocumentProjection implements Projection {

    private final JdbcClient jdbc;

    DocumentProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void apply(ReceivedEvent event) {
        Object payload = event.payload();
        if (payload instanceof StationDocumentAttachedEvent attached) {
            insert(event, attached.document(), "STATION",
                    "/api/processes/" + attached.processId() + "/stations/" + attached.stationId() + "/documents/")
                    .param("process", attached.processId())
                    .param("station", attached.stationId())
                    .param("program", null)
                    .param("project", null)
                    .param("progressAsOf", null)
                    .update();
        } else if (payload instanceof ProgramDocumentAttachedEvent attached) {
            insert(event, attached.document(), attached.projectNumber() == null ? "PROGRAM" : "PROGRESS_REPORT",
                    "/api/programs/" + attached.programId() + "/documents/")
                    .param("process", null)
                    .param("station", null)
                    .param("program", attached.programId())
                    .param("project", attached.projectNumber())
                    .param("progressAsOf", attached.progressAsOf() == null ? null : Date.valueOf(attached.progressAsOf()))
                    .update();
        }
    }

    private JdbcClient.StatementSpec insert(ReceivedEvent event, DocumentRef document, String owner, String path) {
        // The collectivity travels in the CloudEvent; the station or the program knows it too.
        return jdbc.sql("""
                        INSERT INTO public_document (url, document_id, owner, collectivity_id, process_id, station_id,
                                                     program_id, project_number, progress_as_of, kind, title, file_name,
                                                     media_type, size, sha256, attached_at)
                        VALUES (:url, :id, :owner,
                                COALESCE(CAST(:collectivity AS varchar),
                                         (SELECT collectivity_id FROM station WHERE station_id = :station),
                                         (SELECT collectivity_id FROM program_summary WHERE program_id = :program)),
                                :process, :station, :program, :project, :progressAsOf, :kind, :title, :fileName,
                                :mediaType, :size, :sha256, :at)
                        ON CONFLICT DO NOTHING""")
                .param("url", path + document.documentId())
                .param("id", document.documentId())
                .param("owner", owner)
                .param("collectivity", event.collectivity())
                .param("kind", event.code(document.kind(), "document/kind"))
                .param("title", document.title())
                .param("fileName", document.fileName())
                .param("mediaType", document.mediaType())
                .param("size", document.size())
                .param("sha256", document.sha256())
                .param("at", Timestamp.from(event.time()));
    }
}
