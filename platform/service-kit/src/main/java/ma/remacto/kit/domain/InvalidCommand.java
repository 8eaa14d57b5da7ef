package ma.remacto.kit.domain;

/** Input that passed the request's shape checks but is still not acceptable: answered 400. */
public class InvalidCommand extends DomainException {

    public InvalidCommand(String code, String detail) {
        super(Kind.INVALID, code, detail);
    }
}
