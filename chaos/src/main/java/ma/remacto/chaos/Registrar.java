package ma.remacto.chaos;

/** An operator who registers collectivities and admits them. */
final class Registrar extends Caller {

    private final int number;
    private final String operator;
    private int count;

    Registrar(Load load, Gateway gateway, int number, String operator) {
        super(load, gateway);
        this.number = number;
        this.operator = operator;
    }

    @Override
    void once() {
        String id = "cm-" + number + "-" + count++;
        if (created(WriteKind.MEMBERSHIP, "/api/collectivities", operator, Fixtures.registration(id),
                ledger.registrations, ledger.membersUnacknowledged, id)) {
            load.pause();
            created(WriteKind.MEMBERSHIP, "/api/collectivities/" + id + "/admission", operator, Fixtures.admission(),
                    ledger.admissions, ledger.membersUnacknowledged, id);
        }
    }
}
