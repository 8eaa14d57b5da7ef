package ma.remacto.network.web;

import jakarta.validation.Valid;
import ma.remacto.events.network.CollectivityKind;
import ma.remacto.kit.axon.Commands;
import ma.remacto.kit.domain.NotFound;
import ma.remacto.kit.security.Allow;
import ma.remacto.kit.security.Authorized;
import ma.remacto.kit.security.Role;
import ma.remacto.kit.web.Created;
import ma.remacto.kit.web.Ids;
import ma.remacto.kit.web.Page;
import ma.remacto.network.command.MembershipStatus;
import ma.remacto.network.command.MembershipCommands.EditCollectivityCommand;
import ma.remacto.network.command.MembershipCommands.RegisterCollectivityCommand;
import ma.remacto.network.query.CollectivityQueries;
import ma.remacto.network.query.CollectivityView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Collectivities known to the network: registration of applicants, corrections and the public lists. */
@RestController
@RequestMapping(CollectivityController.PATH)
class CollectivityController {

    static final String PATH = "/api/collectivities";

    private final Commands commands;
    private final CollectivityQueries queries;

    CollectivityController(Commands commands, CollectivityQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping
    @Allow(Role.NETWORK_OPERATOR)
    ResponseEntity<Created> register(@Valid @RequestBody RegisterCollectivityRequest request, Authorized authorized) {
        String id = Ids.givenOrNew(request.id());
        commands.send(new RegisterCollectivityCommand(id, request.kind(), request.nameAr(), request.nameFr(),
                request.nameTzm(), request.regionId(), request.province(), request.appliedOn()), authorized.actor(), id,
                request.reason());
        return Created.at(PATH, id);
    }

    /** Corrects names and province, given as they should now stand (kind and region stay). */
    @PutMapping("/{id}")
    @Allow(Role.NETWORK_OPERATOR)
    Change edit(@PathVariable String id, @Valid @RequestBody EditCollectivityRequest request, Authorized authorized) {
        commands.send(new EditCollectivityCommand(id, request.nameAr(), request.nameFr(), request.nameTzm(),
                request.province()), authorized.actor(), id, request.reason());
        return new Change(id, "EDITED");
    }

    @GetMapping("/{id}")
    CollectivityView get(@PathVariable String id) {
        return queries.find(id).orElseThrow(() -> new NotFound("collectivity", id));
    }

    @GetMapping
    Page<CollectivityView> list(@RequestParam(required = false) CollectivityKind kind,
                                @RequestParam(required = false) MembershipStatus status,
                                @RequestParam(required = false) String region,
                                @RequestParam(required = false) String after,
                                @RequestParam(required = false) Integer limit) {
        return queries.list(kind, status, region, after, Page.limit(limit));
    }
}
