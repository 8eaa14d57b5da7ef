package ma.remacto.reporting.export;

import ma.remacto.reporting.export.Datasets.Dataset;

import java.util.List;

import static ma.remacto.reporting.export.Datasets.column;

/** The dataset of the public documents of stations, programs and progress reports. */
final class DocumentDatasets {

    private DocumentDatasets() {
    }

    static final Dataset DOCUMENTS = new Dataset("documents",
            "The public documents the collectivities attached to their stations, programs and progress reports "
                    + "(deliberations, minutes, the programs themselves, press releases, reports), each with its SHA-256 "
                    + "and the address anyone downloads it from.",
            List.of(column("collectivity_id", "Collectivity whose document it is."),
                    column("owner", "What the document is attached to: STATION, PROGRAM, or PROGRESS_REPORT (a project's "
                            + "progress report of a program)."),
                    column("owner_id", "Identifier of the station or of the program."),
                    column("project_number", "Number of the project whose progress report it belongs to; empty otherwise."),
                    column("progress_as_of", "Date of that progress report (ISO 8601 date); empty otherwise."),
                    column("kind", "Kind of document (DELIBERATION, MINUTES, PROGRAM, PRESS_RELEASE, REPORT, OTHER)."),
                    column("title", "Title of the document, as the collectivity gave it."),
                    column("file_name", "File name the document was given."),
                    column("media_type", "Media type, checked from the file's first bytes (application/pdf, image/png, "
                            + "image/jpeg)."),
                    column("size", "Size in bytes."),
                    column("sha256", "SHA-256 of the file, in lowercase hexadecimal: the download's bytes must hash to it."),
                    column("url", "Address of the download, relative to the platform's public address."),
                    column("attached_on", "Day the document was attached (ISO 8601 date, UTC).")),
            """
                    SELECT collectivity_id, owner, COALESCE(station_id, program_id) AS owner_id, project_number,
                           progress_as_of, kind, title, file_name, media_type, size, sha256, url,
                           CAST(attached_at AT TIME ZONE 'UTC' AS DATE) AS attached_on
                    FROM public_document
                    ORDER BY collectivity_id, attached_at, url""");
}
