package ma.remacto.chain.verifier;

import ma.remacto.events.Topics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line of the verifier.
 *
 * @param bootstrap  Kafka bootstrap servers
 * @param reporting  base URL of reporting-service (or the gateway) whose links to compare with, or {@code null}
 * @param headsTopic topic of the published heads to compare with, or {@code null}
 * @param topics     the chained topics to verify
 * @param copies     for a chained topic, the topic its records are read from instead (a copy of it)
 */
record Options(String bootstrap, String reporting, String headsTopic, List<String> topics, Map<String, String> copies) {

    static final String USAGE = """
            usage: verify-chain.sh [--bootstrap HOST:PORT] [--reporting URL] [--heads | --heads-topic TOPIC]
                                   [--topics T1,T2,...] [--topic-map ORIGINAL=COPY[,ORIGINAL=COPY...]]
              Recomputes the SHA-256 hash chain of every partition of the topics from offset 0 and compares it
              with the links reporting-service serves (--reporting, every link: the exact first mismatch) and/or
              the heads it published on remacto.chain.v1 (--heads: the first published head that disagrees).
              --bootstrap   Kafka bootstrap servers (default localhost:9092)
              --reporting   reporting-service or the gateway, e.g. http://localhost:8080
              --heads       compare with the heads on remacto.chain.v1; --heads-topic names another topic
              --topics      the chained topics (default remacto.network.v1,remacto.participation.v1,remacto.programs.v1)
              --topic-map   read ORIGINAL's records from COPY (same partitions and offsets) and verify them
                            against the chain recorded for ORIGINAL
            exit status: 0 every chain matches, 1 a mismatch, 2 bad usage or an unreachable Kafka or reporting
            """;

    static Options parse(String[] args) {
        String bootstrap = "localhost:9092";
        String reporting = null;
        String headsTopic = null;
        List<String> topics = List.of(Topics.NETWORK, Topics.PARTICIPATION, Topics.PROGRAMS);
        Map<String, String> copies = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--bootstrap" -> bootstrap = value(args, ++i, option);
                case "--reporting" -> reporting = value(args, ++i, option).replaceAll("/+$", "");
                case "--heads" -> headsTopic = Topics.CHAIN;
                case "--heads-topic" -> headsTopic = value(args, ++i, option);
                case "--topics" -> topics = list(value(args, ++i, option));
                case "--topic-map" -> {
                    for (String pair : list(value(args, ++i, option))) {
                        String[] parts = pair.split("=", -1);
                        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                            throw new UsageException("--topic-map takes ORIGINAL=COPY, not '" + pair + "'");
                        }
                        copies.put(parts[0], parts[1]);
                    }
                }
                default -> throw new UsageException("unknown option '" + option + "'");
            }
        }
        if (reporting == null && headsTopic == null) {
            throw new UsageException("nothing to compare with: give --reporting URL and/or --heads");
        }
        if (topics.isEmpty()) {
            throw new UsageException("--topics names no topic");
        }
        List<String> unknown = new ArrayList<>(copies.keySet());
        unknown.removeAll(topics);
        if (!unknown.isEmpty()) {
            throw new UsageException("--topic-map maps topics that are not verified: " + unknown);
        }
        return new Options(bootstrap, reporting, headsTopic, topics, copies);
    }

    /** The topic a chained topic's records are read from. */
    String source(String topic) {
        return copies.getOrDefault(topic, topic);
    }

    boolean isCopy(String topic) {
        return copies.containsKey(topic);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args[index];
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** The command line cannot be run as given. */
    static final class UsageException extends RuntimeException {

        UsageException(String message) {
            super(message);
        }
    }
}
