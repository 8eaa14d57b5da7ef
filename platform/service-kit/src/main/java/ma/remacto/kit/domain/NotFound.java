package ma.remacto.kit.domain;

/** The addressed resource does not exist: answered 404. */
public class NotFound extends DomainException {

    public NotFound(String what, String id) {
        super(Kind.NOT_FOUND, "not-found", what + " '" + id + "' does not exist");
    }
}
