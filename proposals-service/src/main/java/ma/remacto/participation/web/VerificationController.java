package ma.remacto.participation.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.kit.security.Allow;
import ma.remacto.kit.security.Authorized;
import ma.remacto.kit.security.Role;
import ma.remacto.kit.web.Ids;
import ma.remacto.kit.web.Problems;
import ma.remacto.participation.residence.Attempts;
import ma.remacto.participation.residence.IdentityCards;
import ma.remacto.participation.residence.ResidentKeys;
import ma.remacto.participation.residence.Verifications;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A citizen verifies as a resident of a collectivity with their identity card number: 201 when
 * the census lists it and it was free, 200 when this account holds it already; 404
 * {@code not-in-census}, 409 {@code identifier-already-bound} (another account holds it) or
 * {@code account-already-verified} (this account holds another). Every try counts, at most five
 * an hour per account (429 {@code too-many-attempts} after). Personal: nothing is published.
 */
@RestController
class VerificationController {

    private final ResidentKeys keys;
    private final Attempts attempts;
    private final Verifications verifications;

    VerificationController(ResidentKeys keys, Attempts attempts, Verifications verifications) {
        this.keys = keys;
        this.attempts = attempts;
        this.verifications = verifications;
    }

    record VerificationRequest(@NotBlank @Pattern(regexp = Ids.SLUG) String collectivityId,
                               @NotBlank @Size(max = 32) String identifier) {
    }

    record Verified(String collectivityId, boolean verified) {
    }

    @Allow(Role.CITIZEN)
    @PostMapping("/api/verifications")
    ResponseEntity<Verified> verify(@Valid @RequestBody VerificationRequest request, Authorized authorized) {
        String identifier = IdentityCards.normalize(request.identifier()).orElseThrow(() -> new InvalidCommand(
                "invalid-identifier", "an identity card number is one or two letters then one to six digits"));
        String account = keys.account(authorized.caller().subject());
        attempts.take(account).ifPresent(wait -> {
            throw new TooManyAttempts(wait);
        });
        Verifications.Outcome outcome = verifications.verify(request.collectivityId(), identifier, account);
        return ResponseEntity.status(outcome == Verifications.Outcome.BOUND ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new Verified(request.collectivityId(), true));
    }

    @ExceptionHandler(TooManyAttempts.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyAttempts e) {
        return ResponseEntity.status(e.status())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfter().toSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(e.status(), e.code(), e.getMessage()));
    }
}
