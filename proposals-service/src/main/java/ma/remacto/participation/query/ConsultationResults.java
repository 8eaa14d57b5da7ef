package ma.remacto.participation.query;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.List;

/**
 * A consultation and its results per item: online votes, in-person ballots (all stations'
 * latest tallies) and both together, with its status now. Never who voted what.
 */
public record ConsultationResults(
        String consultationId,
        String processId,
        String collectivityId,
        String title,
        Instant opensAt,
        Instant closesAt,
        ConsultationStatus status,
        List<Item> items) {

    public record Item(String itemId, String ref, String title, Counts online, Counts inPerson, Counts total) {
    }

    public record Counts(@JsonProperty("for") long votesFor, @JsonProperty("against") long votesAgainst) {

        Counts plus(Counts other) {
            return new Counts(votesFor + other.votesFor, votesAgainst + other.votesAgainst);
        }
    }
}
