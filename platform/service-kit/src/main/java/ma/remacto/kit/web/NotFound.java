package ma.remacto.kit.web;

import org.springframework.http.HttpStatus;

/** The addressed resource does not exist: answered 404. */
public class NotFound extends ApiException {

    public NotFound(String what, String id) {
        super(HttpStatus.NOT_FOUND, "not-found", what + " '" + id + "' does not exist");
    }
}
