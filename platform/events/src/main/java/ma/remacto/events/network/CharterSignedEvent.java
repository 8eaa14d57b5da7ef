package ma.remacto.events.network;

import ma.remacto.events.PublishedEvent;

import java.time.LocalDate;

/**
 * An admitted collectivity signed the network's charter and became an active member.
 *
 * @param collectivityId the member
 * @param signedOn       the business date of the signature
 * @param signatory      who signed, by office (e.g. "رئيس المجلس"), as the collectivity reports it;
 *                       {@code null} when not documented
 */
@PublishedEvent(context = "network")
public record CharterSignedEvent(String collectivityId, LocalDate signedOn, String signatory) {
}
