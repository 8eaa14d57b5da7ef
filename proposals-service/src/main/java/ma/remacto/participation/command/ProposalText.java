package ma.remacto.participation.command;

import ma.remacto.events.SealedText;
import ma.remacto.kit.keys.DataKeys;

import java.util.Arrays;
import java.util.List;

/**
 * What a proposal's author wrote (title, text, neighbourhood) is sealed under one data key of the
 * proposal, {@code proposal:<id>}. Its data subject is the author's pseudonym for a proposal
 * submitted online, whose erasure the author may ask for; the proposal itself for one entered on
 * behalf of a workshop, which only moderation hides.
 */
public final class ProposalText {

    private static final String PREFIX = "proposal:";

    private ProposalText() {
    }

    public static String keyOf(String proposalId) {
        return PREFIX + proposalId;
    }

    /** @param authorId the author's pseudonym, or {@code null} for a proposal entered on behalf of a workshop */
    public static String subjectOf(String proposalId, String authorId) {
        return authorId == null ? keyOf(proposalId) : authorId;
    }

    static boolean isKey(String keyId) {
        return keyId.startsWith(PREFIX);
    }

    static String proposalOf(String keyId) {
        return keyId.substring(PREFIX.length());
    }

    /** Title, body and neighbourhood sealed under the proposal's key, looked up once. */
    static List<SealedText> sealAll(DataKeys keys, String proposalId, String authorId, String... texts) {
        return keys.sealAll(keyOf(proposalId), subjectOf(proposalId, authorId), Arrays.asList(texts));
    }
}
