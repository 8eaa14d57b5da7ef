package ma.remacto.events.participation;

import ma.remacto.events.PublishedEvent;

import java.time.Instant;
import java.util.List;

/**
 * A consultation on proposals or draft projects was set up, with its voting window.
 *
 * @param consultationId the consultation's id
 * @param processId      the process
 * @param collectivityId the collectivity
 * @param title          its title
 * @param items          what is put to the vote
 * @param opensAt        votes are accepted from this instant
 * @param closesAt       … until this instant (excluded)
 */
@PublishedEvent(context = "participation")
public record ConsultationOpenedEvent(
        String consultationId,
        String processId,
        String collectivityId,
        String title,
        List<ConsultationItem> items,
        Instant opensAt,
        Instant closesAt) {
}
