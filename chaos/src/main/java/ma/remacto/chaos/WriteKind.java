package ma.remacto.chaos;

/** The kinds of write the load makes through the gateway. */
enum WriteKind {
    VOTE("votes"),
    PROPOSAL("proposals"),
    MATRIX("matrix changes"),
    MEMBERSHIP("membership changes");

    private final String label;

    WriteKind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
