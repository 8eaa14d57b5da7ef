package ma.remacto.events.network;

import ma.remacto.events.PublishedEvent;

/**
 * A collectivity applied to join the network and was registered as an applicant.
 *
 * @param collectivityId the collectivity's id (a slug such as {@code temara})
 * @param kind           region, prefecture or province council, or commune
 * @param nameAr         its name in Arabic
 * @param nameFr         its name in French
 * @param regionId       the id of the region it lies in; {@code null} for a region, or when unknown
 */
@PublishedEvent(context = "network")
public record CollectivityRegisteredEvent(
        String collectivityId,
        CollectivityKind kind,
        String nameAr,
        String nameFr,
        String regionId) {
}
