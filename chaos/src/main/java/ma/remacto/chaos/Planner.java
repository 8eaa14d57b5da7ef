package ma.remacto.chaos;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** An admin who adds projects to a draft program's matrix and edits their cost. */
final class Planner extends Caller {

    private final String program;
    private final String admin;
    private final Random random;
    private final List<Integer> numbers = new ArrayList<>();
    private int next = 1;

    Planner(Load load, Gateway gateway, String program, String admin, Random random) {
        super(load, gateway);
        this.program = program;
        this.admin = admin;
        this.random = random;
    }

    static Map<String, Object> projectEdit(int number, BigDecimal cost) {
        return Map.of("axis", 1 + number % 2, "titleAr", "مشروع " + number, "titleFr", "projet " + number,
                "durationMonths", 12, "costMad", cost, "reason", "cost estimate updated");
    }

    @Override
    void once() {
        if (numbers.isEmpty() || (numbers.size() < 60 && random.nextInt(3) == 0)) {
            add();
        } else {
            edit(numbers.get(random.nextInt(numbers.size())));
        }
    }

    private void add() {
        int number = next;
        Ledger.ProjectHistory history = ledger.project(new Ledger.ProjectKey(program, number));
        BigDecimal cost = cost();
        Map<String, Object> body = Map.of("number", number, "axis", 1 + number % 2, "titleAr", "مشروع " + number,
                "titleFr", "projet " + number, "durationMonths", 12, "costMad", cost);
        boolean tried = false;
        while (load.running()) {
            Gateway.Reply[] reply = new Gateway.Reply[1];
            Load.Outcome outcome = send(WriteKind.MATRIX, "POST", "/api/programs/" + program + "/projects", admin, body,
                    reply);
            if (outcome == Load.Outcome.ACKNOWLEDGED
                    || (outcome == Load.Outcome.REFUSED && tried && reply[0].status() == 409)) {
                history.added = outcome == Load.Outcome.ACKNOWLEDGED;
                history.present = true;
                history.costs.add(cost);
                numbers.add(number);
                next++;
                return;
            }
            if (outcome == Load.Outcome.REFUSED) {
                return;
            }
            tried = true;
            load.pause();
        }
        if (tried) {
            // the load stopped before the answer: it may exist, with this cost
            history.uncertain = true;
            history.costs.add(cost);
            next++;
        }
    }

    private void edit(int number) {
        Ledger.ProjectHistory history = ledger.project(new Ledger.ProjectKey(program, number));
        if (history.uncertain) {
            return;
        }
        BigDecimal cost = cost();
        Gateway.Reply[] reply = new Gateway.Reply[1];
        switch (send(WriteKind.MATRIX, "PUT", "/api/programs/" + program + "/projects/" + number, admin,
                projectEdit(number, cost), reply)) {
            case ACKNOWLEDGED -> history.costs.add(cost);
            case UNKNOWN -> history.uncertain = true;
            case REFUSED -> { }
        }
    }

    private BigDecimal cost() {
        return BigDecimal.valueOf(100_000L + random.nextInt(900) * 1000L);
    }
}
