package ma.remacto.programs.query;

import ma.remacto.events.programs.Funding;
import ma.remacto.events.programs.OpennessPrinciple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A program as the API shows it, "now" or "as adopted" ({@code view}). Money is in dirhams and,
 * like durations and the cost-weighted {@code progressPercent}, exact decimal: never rounded
 * through binary floating point. Totals count the projects not cancelled. {@code documents} are
 * those of the program and of its progress reports, in the order they were attached.
 */
public record ProgramView(
        String id,
        String collectivityId,
        String title,
        int startYear,
        int endYear,
        String status,
        String view,
        LocalDate consultationOn,
        Adoption adoption,
        LocalDate executionStartedOn,
        Closing closing,
        BigDecimal totalCostMad,
        BigDecimal adoptedTotalCostMad,
        BigDecimal progressPercent,
        List<Axis> axes,
        List<Revision> revisions,
        List<DocumentView> documents,
        Instant draftedAt) {

    public static final String NOW = "now";
    public static final String ADOPTED = "adopted";

    /** {@code deliberationDocumentId}: the first deliberation document attached after the adoption, if any. */
    public record Adoption(String session, LocalDate adoptedOn, String deliberationRef, String deliberationDocumentId) {
    }

    public record Closing(LocalDate on, String reason) {
    }

    public record Axis(int number, String titleAr, String titleFr, BigDecimal totalCostMad, List<Project> projects) {
    }

    /**
     * A project; {@code funding} is {@code null} when unknown; {@code plannedEnd} (once adopted) is
     * its start ({@code startsOn}, or the program's start when it has none) plus its duration;
     * {@code late} when that end has passed and it is neither completed nor cancelled.
     */
    public record Project(int number, int axis, String titleAr, String titleFr, BigDecimal durationMonths,
                          BigDecimal costMad, Funding funding, List<String> proposalIds, String status,
                          BigDecimal percent, LocalDate progressAsOf, String progressNote, String evidenceUrl,
                          LocalDate startsOn, List<OpennessPrinciple> principles, LocalDate plannedEnd, boolean late,
                          boolean cancelled) {
    }

    /** A revision after adoption: what changed (from → to) and why. */
    public record Revision(int number, LocalDate revisedOn, List<Change> changes, String reason, Instant recordedAt) {
    }

    public record Change(String field, Object from, Object to) {
    }
}
