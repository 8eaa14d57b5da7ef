package ma.remacto.participation.web;

import jakarta.validation.Valid;
import ma.remacto.events.participation.ProposalChannel;
import ma.remacto.kit.axon.Commands;
import ma.remacto.kit.domain.NotFound;
import ma.remacto.kit.domain.RuleViolation;
import ma.remacto.kit.security.Actor;
import ma.remacto.kit.security.Allow;
import ma.remacto.kit.security.Authorized;
import ma.remacto.kit.web.Created;
import ma.remacto.kit.web.Ids;
import ma.remacto.kit.web.Page;
import ma.remacto.participation.command.ProposalCommands.SubmitProposalCommand;
import ma.remacto.participation.command.ProposalStatus;
import ma.remacto.participation.query.Directory;
import ma.remacto.participation.query.ProposalFilter;
import ma.remacto.participation.query.ProposalQueries;
import ma.remacto.participation.query.ProposalView;
import ma.remacto.participation.web.ProposalRequests.NewProposal;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static ma.remacto.kit.security.Role.CITIZEN;
import static ma.remacto.kit.security.Role.COLLECTIVITY_ADMIN;
import static ma.remacto.kit.security.Role.NETWORK_OPERATOR;

/**
 * Proposals to a process. A citizen submits their own on the digital platform, under their
 * pseudonym; an operator or an admin of the collectivity enters those received in person or from
 * the equality body, with no author. Anyone reads them, except hidden ones, which only
 * moderators see.
 */
@RestController
class ProposalController {

    static final String PATH = "/api/proposals";

    private final Commands commands;
    private final Directory directory;
    private final ProposalQueries proposals;
    private final Moderation moderation;

    ProposalController(Commands commands, Directory directory, ProposalQueries proposals, Moderation moderation) {
        this.commands = commands;
        this.directory = directory;
        this.proposals = proposals;
        this.moderation = moderation;
    }

    /** The channel says who acts: the citizen online, else the collectivity's admin or an operator. */
    @Allow(value = {COLLECTIVITY_ADMIN, NETWORK_OPERATOR, CITIZEN}, target = "process:{id}")
    @PostMapping("/api/processes/{id}/proposals")
    ResponseEntity<Created> submit(@PathVariable String id, @Valid @RequestBody NewProposal request,
                                   Authorized authorized) {
        boolean online = request.channel() == ProposalChannel.DIGITAL_PLATFORM;
        Actor actor = online ? authorized.actorAs(CITIZEN)
                : authorized.actorAs(authorized.grants(COLLECTIVITY_ADMIN) ? COLLECTIVITY_ADMIN : NETWORK_OPERATOR);
        String proposalId = Ids.givenOrNew(request.id());
        if (directory.proposal(proposalId).isPresent()) {
            throw new RuleViolation("already-exists", "a proposal '" + proposalId + "' exists already");
        }
        commands.send(new SubmitProposalCommand(id, proposalId, request.channel(), request.stationId(), request.title(),
                request.body(), request.suggestedAxis(), request.neighbourhood(), online ? actor.subject() : null,
                request.authorGender()), actor, authorized.collectivityId(), request.reason());
        return Created.at(PATH, proposalId);
    }

    /**
     * @param q             words in the title, body or neighbourhood, whatever their case and diacritics
     * @param neighbourhood words in the neighbourhood
     * @param axis          the suggested axis, whole, whatever its case
     */
    @GetMapping("/api/processes/{id}/proposals")
    Page<ProposalView> list(@PathVariable String id,
                            @RequestParam(required = false) ProposalStatus status,
                            @RequestParam(required = false) ProposalChannel channel,
                            @RequestParam(required = false) String q,
                            @RequestParam(required = false) String neighbourhood,
                            @RequestParam(required = false) String axis,
                            @RequestParam(required = false) String after,
                            @RequestParam(required = false) Integer limit) {
        ProposalFilter filter = ProposalFilter.of(status, channel, q, neighbourhood, axis);
        int pageSize = Page.limit(limit);
        if (directory.process(id).isEmpty()) {
            throw new NotFound("process", id);
        }
        return proposals.list(id, filter, moderation.moderates(ParticipationTargets.PROCESS, id), after, pageSize);
    }

    @GetMapping(PATH + "/{id}")
    ProposalView get(@PathVariable String id) {
        return proposals.find(id, moderation.moderates(ParticipationTargets.PROPOSAL, id))
                .orElseThrow(() -> new NotFound("proposal", id));
    }
}
