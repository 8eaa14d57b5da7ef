package ma.remacto.network.command;

import ma.remacto.events.network.CollectivityKind;
import ma.remacto.kit.domain.InvalidCommand;

import java.util.List;
import java.util.Optional;

/** Reference data: the 12 regions of Morocco, whose ids are the ids of the region members. */
public final class Regions {

    public record Region(String id, String nameFr, String nameAr) {
    }

    public static final List<Region> ALL = List.of(
            new Region("tanger-tetouan-al-hoceima", "Tanger-Tétouan-Al Hoceïma", "طنجة تطوان الحسيمة"),
            new Region("oriental", "L'Oriental", "الشرق"),
            new Region("fes-meknes", "Fès-Meknès", "فاس مكناس"),
            new Region("rabat-sale-kenitra", "Rabat-Salé-Kénitra", "الرباط سلا القنيطرة"),
            new Region("beni-mellal-khenifra", "Béni Mellal-Khénifra", "بني ملال خنيفرة"),
            new Region("casablanca-settat", "Casablanca-Settat", "الدار البيضاء سطات"),
            new Region("marrakech-safi", "Marrakech-Safi", "مراكش آسفي"),
            new Region("draa-tafilalet", "Drâa-Tafilalet", "درعة تافيلالت"),
            new Region("souss-massa", "Souss-Massa", "سوس ماسة"),
            new Region("guelmim-oued-noun", "Guelmim-Oued Noun", "كلميم واد نون"),
            new Region("laayoune-sakia-el-hamra", "Laâyoune-Sakia El Hamra", "العيون الساقية الحمراء"),
            new Region("dakhla-oued-ed-dahab", "Dakhla-Oued Ed-Dahab", "الداخلة وادي الذهب"));

    private Regions() {
    }

    public static Optional<Region> byId(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The region a new member lies in: one of the 12, or unknown; a region member lies in itself. */
    static String ofMember(String id, CollectivityKind kind, String regionId) {
        if (kind != CollectivityKind.REGION) {
            if (regionId != null && byId(regionId).isEmpty()) {
                throw new InvalidCommand("unknown-region", "'" + regionId + "' is not one of the 12 regions");
            }
            return regionId;
        }
        if (byId(id).isEmpty()) {
            throw new InvalidCommand("unknown-region", "a region member's id must be one of the 12 regions, not '" + id + "'");
        }
        if (regionId != null && !regionId.equals(id)) {
            throw new InvalidCommand("region-mismatch", "a region lies in itself, not in '" + regionId + "'");
        }
        return id;
    }
}
