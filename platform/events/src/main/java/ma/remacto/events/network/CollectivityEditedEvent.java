package ma.remacto.events.network;

import ma.remacto.events.PublishedEvent;

/**
 * An operator corrected a collectivity's names or province. The event carries every editable
 * field as it now stands, so a reader replaces what it held; kind and region do not change.
 *
 * @param collectivityId the collectivity
 * @param nameAr         its name in Arabic
 * @param nameFr         its name in French
 * @param nameTzm        its name in Tamazight; {@code null} when not given
 * @param province       the prefecture or province it lies in, free text; {@code null} when unknown
 */
@PublishedEvent(context = "network")
public record CollectivityEditedEvent(
        String collectivityId,
        String nameAr,
        String nameFr,
        String nameTzm,
        String province) {
}
