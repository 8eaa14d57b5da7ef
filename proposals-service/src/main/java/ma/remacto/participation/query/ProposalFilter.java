package ma.remacto.participation.query;

import ma.remacto.events.participation.ProposalChannel;
import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.kit.keys.Redaction;
import ma.remacto.participation.command.ProposalStatus;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a listing of a process's proposals asks for. Status and channel are read in the database;
 * the text ({@code text} in title, body or neighbourhood, {@code neighbourhood} in the neighbourhood)
 * only once opened, as it is stored sealed; {@code axis} is the suggested axis, whole. Text is
 * compared folded: without case, French accents, Arabic short vowels, tatweel or hamza on a carrier
 * letter, and with alef maqsura and teh marbuta as yeh and heh, so that {@code مدرسة} finds {@code مدرسه}.
 * Hidden or erased text matches no search, whatever it said before.
 *
 * @param text          folded, or {@code null} for any
 * @param neighbourhood folded, or {@code null} for any
 * @param axis          stripped, or {@code null} for any
 */
public record ProposalFilter(ProposalStatus status, ProposalChannel channel, String text, String neighbourhood,
                             String axis) {

    /** Long enough for any sentence a citizen searches for; a bound on the work of one search. */
    public static final int MAX_SEARCH_LENGTH = 200;

    private static final Pattern IGNORED = Pattern.compile("[\\p{M}\\u0640]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final char ALEF_MAQSURA = '\u0649';
    private static final char YEH = '\u064A';
    private static final char TEH_MARBUTA = '\u0629';
    private static final char HEH = '\u0647';

    /** From the request's parameters, each optional; blank is absent, too long answers 400. */
    public static ProposalFilter of(ProposalStatus status, ProposalChannel channel, String q, String neighbourhood,
                                    String axis) {
        return new ProposalFilter(status, channel, searched("q", q), searched("neighbourhood", neighbourhood),
                bounded("axis", axis));
    }

    /** Whether the listing filters on more than status and channel, which the database filters alone. */
    boolean searches() {
        return text != null || neighbourhood != null || axis != null;
    }

    boolean matches(ProposalView view) {
        return (text == null || contains(view.title(), text) || contains(view.body(), text)
                || contains(view.neighbourhood(), text))
                && (neighbourhood == null || contains(view.neighbourhood(), neighbourhood))
                && (axis == null || view.suggestedAxis() != null && view.suggestedAxis().strip().equalsIgnoreCase(axis));
    }

    private static boolean contains(String opened, String folded) {
        return opened != null && !redacted(opened) && fold(opened).contains(folded);
    }

    private static boolean redacted(String opened) {
        return Arrays.stream(Redaction.values()).anyMatch(redaction -> redaction.mark().equals(opened));
    }

    private static String fold(String text) {
        if (text == null) {
            return null;
        }
        String bare = IGNORED.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(bare).replaceAll(" ").strip()
                .replace(ALEF_MAQSURA, YEH).replace(TEH_MARBUTA, HEH).toLowerCase(Locale.ROOT);
    }

    /** Folded; {@code null} when nothing is left to look for (blank, or only short vowels). */
    private static String searched(String parameter, String value) {
        String folded = fold(bounded(parameter, value));
        return folded == null || folded.isEmpty() ? null : folded;
    }

    private static String bounded(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.codePointCount(0, value.length()) > MAX_SEARCH_LENGTH) {
            throw new InvalidCommand("search-too-long", parameter + " holds at most " + MAX_SEARCH_LENGTH + " characters");
        }
        return value.strip();
    }
}
