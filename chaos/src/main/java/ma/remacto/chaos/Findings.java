package ma.remacto.chaos;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What the checks after a run found: writes lost and counted twice by kind, and each check's verdict. */
final class Findings {

    /** One check: its name, whether it passed, and what it saw. */
    record Check(String name, boolean passed, String detail) {
    }

    final Map<WriteKind, Long> lost = new EnumMap<>(WriteKind.class);
    final Map<WriteKind, Long> doubled = new EnumMap<>(WriteKind.class);
    final List<Check> checks = new ArrayList<>();
    /** Examples of what was lost or doubled, for the report (a few per kind). */
    final List<String> examples = new ArrayList<>();

    Findings() {
        for (WriteKind kind : WriteKind.values()) {
            lost.put(kind, 0L);
            doubled.put(kind, 0L);
        }
    }

    void lost(WriteKind kind, String example) {
        lost.merge(kind, 1L, Long::sum);
        example("lost " + kind.label() + ": " + example);
    }

    void doubled(WriteKind kind, String example) {
        doubled.merge(kind, 1L, Long::sum);
        example("counted twice, " + kind.label() + ": " + example);
    }

    private void example(String text) {
        if (examples.size() < 40) {
            examples.add(text);
        }
    }

    void check(String name, boolean passed, String detail) {
        checks.add(new Check(name, passed, detail));
    }

    long lostTotal() {
        return lost.values().stream().mapToLong(Long::longValue).sum();
    }

    long doubledTotal() {
        return doubled.values().stream().mapToLong(Long::longValue).sum();
    }

    boolean allPassed() {
        return checks.stream().allMatch(Check::passed) && lostTotal() == 0 && doubledTotal() == 0;
    }
}
