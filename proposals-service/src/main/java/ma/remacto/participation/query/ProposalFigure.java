package ma.remacto.participation.query;

import java.time.Instant;
import java.util.List;

/**
 * A figure of proposals the stations reported ({@code approximate} when given as "about"),
 * shown apart from the proposals entered one by one, which it does not count.
 */
public record ProposalFigure(List<String> stationIds, int proposals, boolean approximate, Instant reportedAt) {
}
