package ma.remacto.kit.domain;

/** A business rule refused a command: answered 409 with the rule's code. */
public class RuleViolation extends DomainException {

    public RuleViolation(String code, String detail) {
        super(Kind.CONFLICT, code, detail);
    }
}
