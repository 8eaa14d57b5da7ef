package ma.remacto.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * The public reads of the web dashboards, each with its share of a realistic mix: mostly
 * collectivities' pages (a program is read there, as the council adopted it and as it stands),
 * the network page, the audit trail a page at a time, now and then an open-data download.
 * Every one is a public {@code GET}: no token.
 */
final class DashboardReads {

    /** One kind of read; {@code path} draws its address (which member, which day, which page). */
    record Read(String name, int weight, Function<Random, String> path) {
    }

    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);

    private final List<Read> reads;
    private final int totalWeight;

    /**
     * @param members    members {@code commune-0} to {@code commune-(members - 1)}, as {@link SampleEvents} writes them
     * @param auditSize  entries in the audit trail (one per event)
     */
    DashboardReads(int members, long auditSize) {
        reads = List.of(
                new Read("network dashboard", 15, random -> "/api/dashboards/network"),
                new Read("collectivity dashboard", 35,
                        random -> "/api/dashboards/collectivities/" + SampleEvents.member(random.nextInt(members))),
                new Read("collectivity, a past day", 15,
                        random -> "/api/dashboards/collectivities/" + SampleEvents.member(random.nextInt(members))
                                + "?asOf=" + FIRST_DAY.plusDays(random.nextInt(365))),
                new Read("audit, a member's first page", 15,
                        random -> "/api/audit?collectivity=" + SampleEvents.member(random.nextInt(members))),
                new Read("audit, any page", 10,
                        random -> "/api/audit?after=" + (long) (random.nextDouble() * auditSize)),
                new Read("export members.csv", 5, random -> "/api/exports/members.csv"),
                new Read("export program-projects.csv", 5, random -> "/api/exports/program-projects.csv"));
        totalWeight = reads.stream().mapToInt(Read::weight).sum();
    }

    List<Read> all() {
        return reads;
    }

    /** The index of a read drawn by weight. */
    int pick(Random random) {
        int draw = random.nextInt(totalWeight);
        for (int i = 0; i < reads.size(); i++) {
            draw -= reads.get(i).weight();
            if (draw < 0) {
                return i;
            }
        }
        throw new IllegalStateException("weights changed");
    }
}
