package ma.remacto.programs.web;

import jakarta.validation.Valid;
import ma.remacto.kit.axon.Commands;
import ma.remacto.kit.security.Allow;
import ma.remacto.kit.security.Authorized;
import ma.remacto.kit.security.Role;
import ma.remacto.kit.web.Created;
import ma.remacto.kit.web.Ids;
import ma.remacto.kit.domain.NotFound;
import ma.remacto.kit.web.Page;
import ma.remacto.programs.command.ExecutionCommands.RecordEvaluationCommand;
import ma.remacto.programs.command.ExecutionCommands.ReportProgressCommand;
import ma.remacto.programs.query.EvaluationView;
import ma.remacto.programs.query.ProgramQueries;
import ma.remacto.programs.web.ExecutionRequests.EvaluationRequest;
import ma.remacto.programs.web.ExecutionRequests.FindingRequest;
import ma.remacto.programs.web.ExecutionRequests.ProgressRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** An adopted program's execution: progress reports per project and the committee's evaluations. */
@RestController
@RequestMapping(ProgramController.PATH + "/{id}")
class ExecutionController {

    private final Commands commands;
    private final ProgramQueries queries;

    ExecutionController(Commands commands, ProgramQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping("/projects/{number}/progress")
    @Allow(value = {Role.NETWORK_OPERATOR, Role.COLLECTIVITY_ADMIN}, target = "program:{id}")
    Map<String, Object> report(@PathVariable String id, @PathVariable int number,
                               @Valid @RequestBody ProgressRequest request, Authorized authorized) {
        commands.send(new ReportProgressCommand(id, number, request.asOf(), request.status(), request.percent(),
                request.note(), request.evidenceUrl()), authorized.actor(), authorized.collectivityId(), request.reason());
        return Map.of("id", id, "project", number, "status", request.status().name());
    }

    @PostMapping("/evaluations")
    @Allow(value = {Role.NETWORK_OPERATOR, Role.COLLECTIVITY_ADMIN}, target = "program:{id}")
    ResponseEntity<Created> evaluate(@PathVariable String id, @Valid @RequestBody EvaluationRequest request,
                                     Authorized authorized) {
        String evaluationId = Ids.givenOrNew(request.id());
        commands.send(new RecordEvaluationCommand(id, evaluationId, request.periodFrom(), request.periodTo(),
                request.findings().stream().map(FindingRequest::finding).toList(), request.designFindings(),
                request.byCivilSociety(), request.principles()), authorized.actor(),
                authorized.collectivityId(), request.reason());
        return Created.at(ProgramController.PATH + "/" + id + "/evaluations", evaluationId);
    }

    @GetMapping("/evaluations")
    Page<EvaluationView> evaluations(@PathVariable String id) {
        return new Page<>(evaluationsOf(id), null);
    }

    @GetMapping("/evaluations/{evaluationId}")
    EvaluationView evaluation(@PathVariable String id, @PathVariable String evaluationId) {
        return evaluationsOf(id).stream().filter(e -> e.id().equals(evaluationId)).findFirst()
                .orElseThrow(() -> new NotFound("evaluation", id + "/" + evaluationId));
    }

    private List<EvaluationView> evaluationsOf(String id) {
        return queries.evaluations(id).orElseThrow(() -> new NotFound("program", id));
    }
}
