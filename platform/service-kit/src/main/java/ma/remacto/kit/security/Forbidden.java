package ma.remacto.kit.security;

import ma.remacto.kit.web.ApiException;
import org.springframework.http.HttpStatus;

/** The caller may not do this: answered 403, and nothing is recorded. */
public class Forbidden extends ApiException {

    public Forbidden(String detail) {
        super(HttpStatus.FORBIDDEN, "forbidden", detail);
    }
}
