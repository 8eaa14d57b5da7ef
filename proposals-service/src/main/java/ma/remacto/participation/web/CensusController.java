package ma.remacto.participation.web;

import ma.remacto.kit.axon.Commands;
import ma.remacto.kit.security.Allow;
import ma.remacto.kit.security.Authorized;
import ma.remacto.kit.web.Problems;
import ma.remacto.participation.command.Census.ReplaceCensusCommand;
import ma.remacto.participation.residence.ResidentKeys;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

import static ma.remacto.kit.security.Role.COLLECTIVITY_ADMIN;
import static ma.remacto.kit.security.Role.NETWORK_OPERATOR;

/**
 * A collectivity's census of residents, replaced whole from a CSV file ({@link CensusFile}) by an
 * operator or the collectivity's admin: all or nothing, 400 {@code invalid-census} with the bad
 * lines. Only keyed hashes of the numbers are kept; the published event carries the count.
 */
@RestController
class CensusController {

    private final Commands commands;
    private final ResidentKeys keys;

    CensusController(Commands commands, ResidentKeys keys) {
        this.commands = commands;
        this.keys = keys;
    }

    /** What a census now holds. */
    record CensusSummary(String collectivityId, int entries) {
    }

    @Allow(value = {NETWORK_OPERATOR, COLLECTIVITY_ADMIN}, target = "collectivity:{id}")
    @PostMapping(path = "/api/collectivities/{id}/census", consumes = {"text/csv", "text/plain"})
    CensusSummary replace(@PathVariable String id, @RequestBody byte[] csv, Authorized authorized) {
        List<String> identities = CensusFile.parse(csv).stream().map(number -> keys.identity(id, number)).toList();
        commands.send(new ReplaceCensusCommand(id, identities), authorized.actor(), id);
        return new CensusSummary(id, identities.size());
    }

    @ExceptionHandler(CensusFile.Refused.class)
    ResponseEntity<ProblemDetail> refused(CensusFile.Refused refused) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-census", refused.getMessage());
        problem.setProperty("errors", refused.errors());
        return Problems.response(problem);
    }
}
