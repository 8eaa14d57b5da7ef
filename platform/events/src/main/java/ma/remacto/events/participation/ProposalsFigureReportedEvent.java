package ma.remacto.events.participation;

import ma.remacto.events.PublishedEvent;

import java.util.List;

/**
 * The stations of a process reported how many proposals they collected as one figure, the
 * proposals themselves not being entered one by one; the figure may be approximate, as "about
 * 100" is. It is a count reported, not a count of proposal records: readers show it apart from
 * them. A later figure for the same stations replaces the earlier one (a correction).
 *
 * @param processId   the process
 * @param stationIds  the held stations whose proposals the figure counts, one or several, sorted
 * @param proposals   the figure reported
 * @param approximate {@code true} when reported as approximate ("about 100")
 */
@PublishedEvent(context = "participation")
public record ProposalsFigureReportedEvent(String processId, List<String> stationIds, int proposals,
                                           boolean approximate) {
}
