package ma.remacto.reporting.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A collectivity's public documents attached by the date, each downloadable by anyone at its
 * {@code url} (through the gateway) and checkable against its {@code sha256}.
 *
 * @param stations        documents of its stations (minutes, the adoption session's deliberation, ...), by station date
 * @param programs        documents of its programs themselves (the program as a PDF, the deliberation, ...)
 * @param progressReports documents of the projects' progress reports, by program, project and report date
 */
public record Documents(List<Document> stations, List<Document> programs, List<Document> progressReports) {

    /**
     * One document. {@code stationId} and {@code stationTitle} are set for a station's,
     * {@code programId} for a program's, and {@code projectNumber} with {@code progressAsOf} for a
     * progress report's; {@code size} is in bytes.
     */
    public record Document(String documentId, String owner, String stationId, String stationTitle, String programId,
                           Integer projectNumber, LocalDate progressAsOf, String kind, String title, String fileName,
                           String mediaType, long size, String sha256, String url, Instant attachedAt) {
    }
}
