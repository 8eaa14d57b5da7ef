package ma.remacto.kit.domain;

/**
 * A rule of the domain reserves this to someone else (only a proposal's author withdraws it):
 * answered 403. Who may call an endpoint at all is declared with {@code @Allow}, not here.
 */
public class NotAllowed extends DomainException {

    public NotAllowed(String code, String detail) {
        super(Kind.NOT_ALLOWED, code, detail);
    }
}
