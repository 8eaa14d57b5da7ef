package ma.remacto.chaos;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The kinds of fault a run injects. */
public enum FaultKind {

    /** SIGKILL of the Kafka broker's JVM while the services publish, restarted a few seconds later. */
    KAFKA_KILL("kafka-kill", "Kafka broker killed (SIGKILL), restarted"),
    /** SIGKILL of PostgreSQL's postmaster and its backends under load, restarted on the same data. */
    POSTGRES_KILL("postgres-kill", "PostgreSQL killed (SIGKILL), restarted"),
    /** SIGKILL of an application instance mid-batch (each in turn; reporting also during a rebuild). */
    INSTANCE_KILL("instance-kill", "application instance killed (SIGKILL)"),
    /** SIGSTOP of an instance past the consumers' session timeout, then SIGCONT. */
    INSTANCE_STOP("instance-stop", "application instance stopped (SIGSTOP/SIGCONT)"),
    /** A transaction holding a global index of an event store open past the gap timeout, then committed. */
    LATE_EVENT("late-event", "appending transaction held past the gap timeout"),
    /** Records read from the topics produced again later, shuffled. */
    REDELIVERY("redelivery", "records delivered again, reordered"),
    /** Kafka's log directory (a small tmpfs) filled up, then freed. */
    KAFKA_DISK_FULL("kafka-disk-full", "Kafka's disk full, then freed");

    private final String option;
    private final String description;

    FaultKind(String option, String description) {
        this.option = option;
        this.description = description;
    }

    public String option() {
        return option;
    }

    public String description() {
        return description;
    }

    static List<String> names() {
        return Arrays.stream(values()).map(FaultKind::option).toList();
    }

    static Set<FaultKind> parse(String list) {
        Set<FaultKind> kinds = EnumSet.noneOf(FaultKind.class);
        for (String name : list.split(",")) {
            if (name.isBlank()) {
                continue;
            }
            kinds.add(Arrays.stream(values()).filter(kind -> kind.option.equals(name.trim())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown fault kind " + name + "; known: " + names())));
        }
        return kinds;
    }
}
