package ma.remacto.chain.verifier;

import ma.remacto.events.chain.ChainedRecord;
import ma.remacto.events.chain.HashChain;
import org.apache.kafka.common.header.Header;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Recomputes the hash chain of every partition of the topics from Kafka, from offset 0, and
 * compares it with the links reporting-service serves and/or the heads it published. Prints one
 * line per partition ("ok" or the first "MISMATCH") and exits 0 when every chain matches, 1 on a
 * mismatch, 2 on bad usage or when Kafka or the expected chain cannot be read.
 */
public final class ChainVerifier {

    public static final int OK = 0;
    public static final int MISMATCH = 1;
    public static final int ERROR = 2;
    private static final long PROGRESS_NANOS = 5_000_000_000L;

    private final Options options;
    private final PrintStream out;
    private final PrintStream err;

    private ChainVerifier(Options options, PrintStream out, PrintStream err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the verifier as the command line does and answers its exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (List.of(args).contains("--help")) {
            out.print(Options.USAGE);
            return OK;
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (Options.UsageException e) {
            err.println("error: " + e.getMessage());
            err.print(Options.USAGE);
            return ERROR;
        }
        try {
            return new ChainVerifier(options, out, err).verify();
        } catch (Unreachable e) {
            err.println("error: " + e.getMessage());
            return ERROR;
        }
    }

    private int verify() {
        try (RawTopics kafka = new RawTopics(options.bootstrap())) {
            List<ExpectedChain> sources = new ArrayList<>();
            if (options.reporting() != null) {
                sources.add(new ReportingLinks(options.reporting()));
            }
            if (options.headsTopic() != null) {
                sources.add(new PublishedHeads(kafka, options.headsTopic()));
            }
            boolean allMatch = true;
            for (String topic : options.topics()) {
                allMatch &= verify(kafka, topic, sources);
            }
            out.println(allMatch ? "every chain matches" : "the chains do NOT match");
            return allMatch ? OK : MISMATCH;
        }
    }

    private boolean verify(RawTopics kafka, String topic, List<ExpectedChain> sources) {
        String from = options.source(topic);
        List<Integer> partitions = kafka.partitions(from);
        if (partitions.isEmpty()) {
            throw new Unreachable("topic " + from + " does not exist");
        }
        List<Map<Integer, Long>> headsBefore = sources.stream().map(source -> source.heads(topic)).toList();
        TreeSet<Integer> all = new TreeSet<>(partitions);
        headsBefore.forEach(heads -> all.addAll(heads.keySet()));
        boolean allMatch = true;
        for (int partition : all) {
            List<Comparison> comparisons = new ArrayList<>();
            for (int i = 0; i < sources.size(); i++) {
                comparisons.add(new Comparison(sources.get(i), topic, partition, headsBefore.get(i).get(partition)));
            }
            allMatch &= verify(kafka, topic, from, partition, partitions.contains(partition), comparisons);
        }
        return allMatch;
    }

    private boolean verify(RawTopics kafka, String topic, String from, int partition, boolean exists,
                           List<Comparison> comparisons) {
        long end = exists ? kafka.end(from, partition) : 0;
        byte[][] link = {HashChain.genesis()};
        long[] read = {0};
        long[] lastProgress = {System.nanoTime()};
        if (exists) {
            kafka.read(from, partition, end, record -> {
                List<ChainedRecord.Header> headers = new ArrayList<>();
                for (Header header : record.headers()) {
                    headers.add(new ChainedRecord.Header(header.key(), header.value()));
                }
                link[0] = HashChain.link(link[0], new ChainedRecord(topic, partition, record.offset(), record.key(),
                        headers, record.value()));
                String hex = HashChain.hex(link[0]);
                comparisons.forEach(comparison -> comparison.accept(record.offset(), hex));
                read[0]++;
                if (System.nanoTime() - lastProgress[0] > PROGRESS_NANOS) {
                    err.printf("  %s partition %d: %d of %d records%n", from, partition, record.offset() + 1, end);
                    lastProgress[0] = System.nanoTime();
                }
            });
        }
        comparisons.forEach(comparison -> comparison.finish(end, options.isCopy(topic)));
        boolean matches = comparisons.stream().allMatch(Comparison::matches);
        if (matches) {
            StringBuilder line = new StringBuilder(topic + " partition " + partition + ": ok, " + read[0] + " records, head "
                    + (read[0] == 0 ? "none" : HashChain.hex(link[0])));
            if (!topic.equals(from)) {
                line.append(", read from ").append(from);
            }
            comparisons.forEach(c -> line.append("; ").append(c.compared()).append(" ").append(c.source()).append("s agree"));
            out.println(line);
        } else {
            comparisons.stream().filter(c -> !c.matches()).forEach(c -> out.println(c.mismatch()));
        }
        return matches;
    }
}
