package ma.remacto.events;

/**
 * Personal text (what a citizen wrote, a committee member's name) as it travels in events: sealed
 * with AES-256-GCM under a key of its own that only the owning service holds, one key per piece
 * of personal data and its data subject. Once the owning service destroys that key (moderation
 * hid the text, or its subject asked for erasure), the text is unreadable everywhere it was ever
 * copied (the event store, the topics, replays), while the event itself, its counts and the hash
 * chain stay intact. The owning service's API shows the text while it is readable, and
 * {@code [hidden]} or {@code [erased]} after.
 *
 * @param keyId      the data key that seals it
 * @param ciphertext base64 of the 12-byte nonce followed by the AES-GCM ciphertext and tag; the key id is
 *                   the additional authenticated data
 */
public record SealedText(String keyId, String ciphertext) {
}
