package ma.remacto.network.web;

import ma.remacto.network.command.Regions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The reference list of Morocco's 12 regions, whose ids name a member's region. */
@RestController
class RegionsController {

    @GetMapping("/api/network/regions")
    List<Regions.Region> regions() {
        return Regions.ALL;
    }
}
