package ma.remacto.events.participation;

/**
 * One item put to the vote.
 *
 * @param itemId the item's id within the consultation
 * @param ref    what it is: a proposal id, or a program project ref such as {@code temara-2025-2026#7}
 * @param title  its title as shown to voters
 */
public record ConsultationItem(String itemId, String ref, String title) {
}
