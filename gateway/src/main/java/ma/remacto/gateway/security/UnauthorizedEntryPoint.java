package ma.remacto.gateway.security;

import ma.remacto.gateway.Problem;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Answers 401 as problem+json with {@code WWW-Authenticate: Bearer}, like the services do. */
class UnauthorizedEntryPoint implements ServerAuthenticationEntryPoint {

    private final JsonMapper json;

    UnauthorizedEntryPoint(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        String detail = failure instanceof OAuth2AuthenticationException
                ? "the bearer token is not valid: " + failure.getMessage()
                : "a bearer token is required";
        Problem problem = Problem.of(HttpStatus.UNAUTHORIZED, "unauthorized", detail);
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return problem.writeTo(exchange.getResponse(), json);
    }
}
