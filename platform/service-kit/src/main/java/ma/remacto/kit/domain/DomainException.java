package ma.remacto.kit.domain;

/**
 * A command or request refused by a rule of the domain, with a machine-readable code. Domain code
 * throws these and knows nothing of HTTP; the service kit answers them as problem details.
 */
public abstract class DomainException extends RuntimeException {

    /** What kind of refusal this is; the web layer maps each kind to one status. */
    public enum Kind {
        /** The input is not acceptable (400). */
        INVALID,
        /** What the command addresses does not exist (404). */
        NOT_FOUND,
        /** The actor may not do this (403). */
        NOT_ALLOWED,
        /** A business rule or the current state refuses it (409). */
        CONFLICT
    }

    private final Kind kind;
    private final String code;

    protected DomainException(Kind kind, String code, String detail) {
        super(detail);
        this.kind = kind;
        this.code = code;
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }
}
