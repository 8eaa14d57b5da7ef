package ma.remacto.events.network;

import ma.remacto.events.PublishedEvent;

/**
 * A collectivity applied to join the network and was registered as an applicant.
 *
 * <p>Revision 2 added {@code nameTzm} and {@code province}; revision 1 records read as revision 2
 * with both {@code null}.
 *
 * @param collectivityId the collectivity's id (a slug such as {@code temara})
 * @param kind           region, prefecture or province council, or commune
 * @param nameAr         its name in Arabic
 * @param nameFr         its name in French
 * @param nameTzm        its name in Tamazight, when given
 * @param regionId       the id of the region it lies in (a region lies in itself); {@code null} when unknown
 * @param province       the prefecture or province it lies in, free text; {@code null} when unknown
 */
@PublishedEvent(context = "network", version = 2)
public record CollectivityRegisteredEvent(
        String collectivityId,
        CollectivityKind kind,
        String nameAr,
        String nameFr,
        String nameTzm,
        String regionId,
        String province) {
}
