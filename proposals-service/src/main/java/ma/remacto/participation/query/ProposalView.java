package ma.remacto.participation.query;

import java.time.Instant;
import java.util.List;

/**
 * A proposal as the API shows it, without its author's id. Its text (title, body, neighbourhood)
 * reads {@code [hidden]} once a moderator hid it, {@code [erased]} once its author asked for
 * erasure; the rest stays. {@code reviewReason} is the reason
 * of the latest review; {@code hidden} and {@code hiddenReason} show to moderators, and to the
 * author on their own list, as the public never sees a hidden proposal. {@code projects} are the projects of action programs that
 * answer the proposal, as programs-service linked them (empty when none).
 */
public record ProposalView(
        String id,
        String processId,
        String collectivityId,
        String channel,
        String stationId,
        String title,
        String body,
        String suggestedAxis,
        String neighbourhood,
        String authorGender,
        String status,
        String mergedInto,
        String reviewReason,
        boolean hidden,
        String hiddenReason,
        Instant submittedAt,
        Instant updatedAt,
        List<Project> projects) {

    public ProposalView {
        projects = projects == null ? List.of() : List.copyOf(projects);
    }

    /** A project that answers the proposal: its program, its number in the matrix, its Arabic title. */
    public record Project(String programId, int number, String titleAr, boolean cancelled) {
    }

    ProposalView withText(String openedTitle, String openedBody, String openedNeighbourhood) {
        return new ProposalView(id, processId, collectivityId, channel, stationId, openedTitle, openedBody, suggestedAxis,
                openedNeighbourhood, authorGender, status, mergedInto, reviewReason, hidden, hiddenReason, submittedAt,
                updatedAt, projects);
    }

    ProposalView withProjects(List<Project> linked) {
        return new ProposalView(id, processId, collectivityId, channel, stationId, title, body, suggestedAxis,
                neighbourhood, authorGender, status, mergedInto, reviewReason, hidden, hiddenReason, submittedAt,
                updatedAt, linked);
    }
}
