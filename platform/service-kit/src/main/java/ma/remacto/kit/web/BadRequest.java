package ma.remacto.kit.web;

import org.springframework.http.HttpStatus;

/** Input that passed the request's shape checks but is still not acceptable: answered 400. */
public class BadRequest extends ApiException {

    public BadRequest(String code, String detail) {
        super(HttpStatus.BAD_REQUEST, code, detail);
    }
}
