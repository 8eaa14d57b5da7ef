package ma.remacto.programs.query;

import ma.remacto.events.DocumentKind;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A document of a program as the events name it (its SHA-256 lets anyone check the download),
 * with the progress report it belongs to ({@code projectNumber} and {@code progressAsOf}, both
 * {@code null} for a document of the program itself) and where to download it ({@code href}).
 */
public record DocumentView(String documentId, DocumentKind kind, String title, String fileName, String mediaType,
                           long size, String sha256, Integer projectNumber, LocalDate progressAsOf, String href,
                           Instant attachedAt) {
}
