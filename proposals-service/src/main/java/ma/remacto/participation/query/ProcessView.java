package ma.remacto.participation.query;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A co-creation process as the API shows it. {@code status} and {@code phase} both give the
 * phase ({@code status} came first and stays); {@code stations} are in date order and, with
 * {@code proposalFigures} (figures of proposals the stations reported, not proposal records), only
 * on the process's own page, not in lists.
 */
public record ProcessView(
        String id,
        String collectivityId,
        String title,
        String cycle,
        String status,
        String phase,
        LocalDate phaseChangedOn,
        Instant openedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<StationView> stations,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<ProposalFigure> proposalFigures) {

    ProcessView withStations(List<StationView> dated, List<ProposalFigure> figures) {
        return new ProcessView(id, collectivityId, title, cycle, status, phase, phaseChangedOn, openedAt, dated,
                figures);
    }
}
