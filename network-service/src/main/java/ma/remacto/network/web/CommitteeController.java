package ma.remacto.network.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ma.remacto.events.Gender;
import ma.remacto.events.network.CommitteeRole;
import ma.remacto.kit.axon.Commands;
import ma.remacto.kit.security.Allow;
import ma.remacto.kit.security.Authorized;
import ma.remacto.kit.security.Role;
import ma.remacto.kit.web.Created;
import ma.remacto.kit.web.Ids;
import ma.remacto.network.command.CommitteeCommands.AppointCommitteeMemberCommand;
import ma.remacto.network.command.CommitteeCommands.EditCommitteeMemberCommand;
import ma.remacto.network.command.CommitteeCommands.EraseCommitteeMemberCommand;
import ma.remacto.network.command.CommitteeCommands.RemoveCommitteeMemberCommand;
import ma.remacto.network.query.CommitteeQueries;
import ma.remacto.network.query.CommitteeView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.Map;

/**
 * A collectivity's openness committee: managed by operators and the collectivity's own admins,
 * read by anyone. Only an operator erases a member's name.
 */
@RestController
@RequestMapping("/api/collectivities/{id}/committee")
class CommitteeController {

    record Appointment(@Pattern(regexp = Ids.SLUG) String memberId, @NotBlank @Size(max = 300) String fullName,
                       @NotNull CommitteeRole role, @NotNull Gender gender, @NotNull LocalDate appointedOn,
                       @Size(max = 2000) String reason) {
    }

    /** A seat as it should now stand; the reason says what was wrong. */
    record SeatEdit(@NotBlank @Size(max = 300) String fullName, @NotNull CommitteeRole role, @NotNull Gender gender,
                    @NotNull LocalDate appointedOn, @NotBlank @Size(max = 2000) String reason) {
    }

    record Removal(@NotBlank @Size(max = 2000) String reason, LocalDate removedOn) {
    }

    record Erasure(@NotBlank @Size(max = 2000) String reason) {
    }

    private final Commands commands;
    private final CommitteeQueries queries;

    CommitteeController(Commands commands, CommitteeQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping("/members")
    @Allow(value = {Role.NETWORK_OPERATOR, Role.COLLECTIVITY_ADMIN}, target = "collectivity:{id}")
    ResponseEntity<Created> appoint(@PathVariable String id, @Valid @RequestBody Appointment request,
                                    Authorized authorized) {
        String memberId = Ids.givenOrNew(request.memberId());
        commands.send(new AppointCommitteeMemberCommand(id, memberId, request.fullName(), request.role(),
                request.gender(), request.appointedOn()), authorized.actor(), id, request.reason());
        return Created.at("/api/collectivities/" + id + "/committee/members", memberId);
    }

    @PutMapping("/members/{memberId}")
    @Allow(value = {Role.NETWORK_OPERATOR, Role.COLLECTIVITY_ADMIN}, target = "collectivity:{id}")
    Change edit(@PathVariable String id, @PathVariable String memberId, @Valid @RequestBody SeatEdit request,
                Authorized authorized) {
        commands.send(new EditCommitteeMemberCommand(id, memberId, request.fullName(), request.role(),
                request.gender(), request.appointedOn()), authorized.actor(), id, request.reason());
        return new Change(memberId, "EDITED");
    }

    @DeleteMapping("/members/{memberId}")
    @Allow(value = {Role.NETWORK_OPERATOR, Role.COLLECTIVITY_ADMIN}, target = "collectivity:{id}")
    Map<String, String> remove(@PathVariable String id, @PathVariable String memberId,
                               @Valid @RequestBody Removal request, Authorized authorized) {
        LocalDate on = request.removedOn() == null ? LocalDate.now() : request.removedOn();
        commands.send(new RemoveCommitteeMemberCommand(id, memberId, on), authorized.actor(), id, request.reason());
        return Map.of("id", memberId, "change", "REMOVED");
    }

    /** Erases the member's name everywhere ({@code [erased]}); the seat, role, gender and dates stay. */
    @PostMapping("/members/{memberId}/erasure")
    @Allow(Role.NETWORK_OPERATOR)
    Map<String, String> erase(@PathVariable String id, @PathVariable String memberId,
                              @Valid @RequestBody Erasure request, Authorized authorized) {
        commands.send(new EraseCommitteeMemberCommand(id, memberId), authorized.actor(), id, request.reason());
        return Map.of("id", memberId, "change", "ERASED");
    }

    @GetMapping
    CommitteeView composition(@PathVariable String id,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return queries.composition(id, asOf == null ? LocalDate.now() : asOf);
    }
}
