package ma.remacto.participation.web;

import ma.remacto.kit.security.Allow;
import ma.remacto.kit.security.Authorized;
import ma.remacto.kit.security.Role;
import ma.remacto.kit.web.Page;
import ma.remacto.participation.query.ProposalQueries;
import ma.remacto.participation.query.ProposalView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A citizen's own proposals, those they submitted online, in every process: found by the pseudonym
 * the proposals were submitted under, which is computed from the caller's token, so nobody can ask
 * for anyone else's.
 */
@RestController
class MyProposalsController {

    private final ProposalQueries proposals;

    MyProposalsController(ProposalQueries proposals) {
        this.proposals = proposals;
    }

    /** Newest first; {@code after} is a proposal id from the previous page. */
    @Allow(Role.CITIZEN)
    @GetMapping("/api/me/proposals")
    Page<ProposalView> mine(@RequestParam(required = false) String after, @RequestParam(required = false) Integer limit,
                            Authorized authorized) {
        return proposals.byAuthor(authorized.pseudonym(), after, Page.limit(limit));
    }
}
