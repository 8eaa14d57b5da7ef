package ma.remacto.programs.command;

/**
 * A title as a file gives it, in Arabic or French: which one is told by its script. Runs of
 * spaces count as one, so a title typed again compares equal.
 */
record Titles(String ar, String fr) {

    /** The title in its language's slot, or {@code null} for a blank one. */
    static Titles of(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String title = text.strip().replaceAll("\\s+", " ");
        return title.codePoints().anyMatch(Titles::arabic) ? new Titles(title, null) : new Titles(null, title);
    }

    private static boolean arabic(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.ARABIC;
    }

    /** Whether the existing titles hold this one in its language's slot. */
    boolean matches(String existingAr, String existingFr) {
        return ar != null ? ar.equals(existingAr) : fr.equals(existingFr);
    }
}
