package ma.remacto.reporting.replay;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

import static ma.remacto.reporting.replay.ProjectionTables.quoted;

/**
 * Makes the rebuilt tables ready and compares them with the live ones: builds the indexes set
 * aside, gathers statistics, and computes every table's checksum, live and rebuilt, all on the
 * rebuild's threads at once, the biggest tables first (checksums read whole tables and need no
 * index).
 */
final class Verification {

    private static final Logger log = LoggerFactory.getLogger(Verification.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ProjectionTables tables;

    Verification(JdbcClient jdbc, TransactionTemplate transactions, ProjectionTables tables) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.tables = tables;
    }

    /** Readies the rebuilt tables and answers, per table, the live and rebuilt rows and checksums. */
    List<RebuildStatus.TableComparison> verify(ExecutorService pool, List<SetAsideIndex> indexes) {
        List<String> live = tables.in(RebuildSchema.LIVE);
        List<String> rebuilt = tables.in(RebuildSchema.REBUILT);
        if (!live.equals(rebuilt)) {
            throw new IllegalStateException("the rebuilt tables " + rebuilt + " are not the live ones " + live);
        }
        Map<String, Long> sizes = new ConcurrentHashMap<>();
        live.forEach(table -> sizes.put(table, tables.estimatedRows(RebuildSchema.LIVE, table)));
        List<String> biggestFirst = biggestFirst(live, sizes);
        Map<String, ProjectionTables.TableChecksum> sums = new ConcurrentHashMap<>();
        List<Runnable> work = new ArrayList<>();
        for (SetAsideIndex index : indexes) {
            work.add(() -> transactions.executeWithoutResult(status -> {
                jdbc.sql("SET LOCAL maintenance_work_mem TO '128MB'").update();
                jdbc.sql(index.definition()).update();
            }));
        }
        for (String table : biggestFirst) {
            work.add(() -> sums.put(RebuildSchema.REBUILT + "." + table, tables.checksum(RebuildSchema.REBUILT, table)));
            work.add(() -> sums.put(RebuildSchema.LIVE + "." + table, tables.checksum(RebuildSchema.LIVE, table)));
        }
        // the statistics move with the tables when they are swapped in
        biggestFirst.forEach(table -> work.add(() ->
                jdbc.sql("ANALYZE " + quoted(RebuildSchema.REBUILT) + "." + quoted(table)).update()));
        Parallel.run(pool, work);
        List<RebuildStatus.TableComparison> comparisons = compare(live,
                table -> sums.get(RebuildSchema.LIVE + "." + table), table -> sums.get(RebuildSchema.REBUILT + "." + table));
        comparisons.forEach(c -> log.info("{} live {} rebuilt {} {}", c.table(), c.liveChecksum(), c.rebuiltChecksum(),
                c.equal() ? "equal" : "DIFFERENT"));
        return comparisons;
    }

    /** The tables by estimated rows, most first (ties by name). */
    static List<String> biggestFirst(List<String> tables, Map<String, Long> estimatedRows) {
        List<String> ordered = new ArrayList<>(tables);
        ordered.sort(Comparator.<String>comparingLong(table -> estimatedRows.getOrDefault(table, 0L)).reversed()
                .thenComparing(Comparator.naturalOrder()));
        return ordered;
    }

    /** Each table's live and rebuilt checksums side by side, in the order of {@code tables}. */
    static List<RebuildStatus.TableComparison> compare(List<String> tables,
                                                       java.util.function.Function<String, ProjectionTables.TableChecksum> live,
                                                       java.util.function.Function<String, ProjectionTables.TableChecksum> rebuilt) {
        List<RebuildStatus.TableComparison> results = new ArrayList<>();
        for (String table : tables) {
            ProjectionTables.TableChecksum l = live.apply(table);
            ProjectionTables.TableChecksum r = rebuilt.apply(table);
            if (l == null || r == null) {
                throw new IllegalStateException("no checksum of table " + table);
            }
            results.add(new RebuildStatus.TableComparison(table, l.rows(), l.checksum(), r.rows(), r.checksum(),
                    l.checksum().equals(r.checksum())));
        }
        return List.copyOf(results);
    }

    /** Whether every table is equal. */
    static boolean allEqual(List<RebuildStatus.TableComparison> comparisons) {
        return comparisons.stream().allMatch(RebuildStatus.TableComparison::equal);
    }
}
