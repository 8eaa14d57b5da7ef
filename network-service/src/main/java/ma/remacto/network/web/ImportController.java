package ma.remacto.network.web;

import ma.remacto.kit.axon.Commands;
import ma.remacto.kit.security.Allow;
import ma.remacto.kit.security.Authorized;
import ma.remacto.kit.security.Role;
import ma.remacto.kit.web.Problems;
import ma.remacto.network.command.MemberImport;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Bulk onboarding of applicants and admitted members from a CSV file. */
@RestController
class ImportController {

    private final MemberImport memberImport;

    ImportController(MemberImport memberImport) {
        this.memberImport = memberImport;
    }

    @PostMapping(path = "/api/collectivities/import", consumes = {"text/csv", "text/plain"})
    @Allow(Role.NETWORK_OPERATOR)
    MemberImport.Result importMembers(@RequestBody String csv, Authorized authorized) {
        return memberImport.run(Csv.parse(csv),
                Commands.metadata(authorized.actor(), null, "bulk import", Commands.correlationId()));
    }

    @ExceptionHandler(MemberImport.Refused.class)
    ResponseEntity<ProblemDetail> refused(MemberImport.Refused refused) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-import", refused.getMessage());
        problem.setProperty("errors", refused.errors());
        return Problems.response(problem);
    }
}
