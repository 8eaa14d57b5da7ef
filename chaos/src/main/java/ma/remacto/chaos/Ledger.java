package ma.remacto.chaos;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;

/**
 * Every write the load made and what came of it. A 2xx is a promise and is recorded with what
 * identifies the write; a refusal (4xx) changed nothing; anything else (5xx, a lost connection, no
 * answer in time) has an unknown outcome, and the key it touched is marked uncertain until it is
 * written again, acknowledged, once the faults are healed. Each key (a citizen's vote on an item, a
 * project, a proposal, a collectivity) is written by one caller only, so its acknowledged writes
 * are in the order the platform applied them.
 */
final class Ledger {

    /** A citizen's vote on an item. */
    record VoteKey(String citizen, String itemId) {
    }

    /** A project of a program's matrix. */
    record ProjectKey(String programId, int number) {
    }

    /** The votes of one citizen on one item: the choices acknowledged, in order. */
    static final class VoteHistory {
        volatile String ballotId;
        final List<String> acknowledged = new ArrayList<>();
        volatile boolean uncertain;
    }

    /** One project: whether its adding was acknowledged, and the costs acknowledged (added, then edits). */
    static final class ProjectHistory {
        volatile boolean added;
        volatile boolean present;
        final List<BigDecimal> costs = new ArrayList<>();
        volatile boolean uncertain;
    }

    /** When an acknowledged write was sent and answered (epoch milliseconds). */
    record Ack(WriteKind kind, long sentAt, long answeredAt) {
    }

    private final Map<WriteKind, LongAdder> acknowledged = counters();
    private final Map<WriteKind, LongAdder> refused = counters();
    private final Map<WriteKind, LongAdder> unknown = counters();
    private final ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();
    private final Map<String, LongAdder> reasons = new ConcurrentHashMap<>();

    final Map<VoteKey, VoteHistory> votes = new ConcurrentHashMap<>();
    final Map<ProjectKey, ProjectHistory> projects = new ConcurrentHashMap<>();
    final Set<String> proposals = ConcurrentHashMap.newKeySet();
    final Set<String> proposalsUnacknowledged = ConcurrentHashMap.newKeySet();
    final Set<String> registrations = ConcurrentHashMap.newKeySet();
    final Set<String> admissions = ConcurrentHashMap.newKeySet();
    final Set<String> membersUnacknowledged = ConcurrentHashMap.newKeySet();

    private static Map<WriteKind, LongAdder> counters() {
        Map<WriteKind, LongAdder> counters = new EnumMap<>(WriteKind.class);
        for (WriteKind kind : WriteKind.values()) {
            counters.put(kind, new LongAdder());
        }
        return counters;
    }

    void recordAcknowledged(WriteKind kind, long sentAt) {
        acknowledged.get(kind).increment();
        acks.add(new Ack(kind, sentAt, System.currentTimeMillis()));
    }

    void recordRefused(WriteKind kind, String reason) {
        refused.get(kind).increment();
        reasons.computeIfAbsent(kind.label() + " refused: " + reason, r -> new LongAdder()).increment();
    }

    void recordUnknown(WriteKind kind, String reason) {
        unknown.get(kind).increment();
        reasons.computeIfAbsent(kind.label() + " unanswered: " + reason, r -> new LongAdder()).increment();
    }

    /** Why writes were refused or went unanswered, with how often. */
    Map<String, Long> reasons() {
        Map<String, Long> counts = new TreeMap<>();
        reasons.forEach((reason, count) -> counts.put(reason, count.sum()));
        return counts;
    }

    long acknowledged(WriteKind kind) {
        return acknowledged.get(kind).sum();
    }

    long refused(WriteKind kind) {
        return refused.get(kind).sum();
    }

    long unknown(WriteKind kind) {
        return unknown.get(kind).sum();
    }

    long acknowledgedTotal() {
        return acknowledged.values().stream().mapToLong(LongAdder::sum).sum();
    }

    List<Ack> acks() {
        return List.copyOf(acks);
    }

    VoteHistory vote(VoteKey key) {
        return votes.computeIfAbsent(key, k -> new VoteHistory());
    }

    ProjectHistory project(ProjectKey key) {
        return projects.computeIfAbsent(key, k -> new ProjectHistory());
    }
}
