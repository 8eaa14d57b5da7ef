package ma.remacto.kit.web;

import org.springframework.http.HttpStatus;

/** A business rule refused a command: answered 409 with the rule's code. */
public class RuleViolation extends ApiException {

    public RuleViolation(String code, String detail) {
        super(HttpStatus.CONFLICT, code, detail);
    }
}
