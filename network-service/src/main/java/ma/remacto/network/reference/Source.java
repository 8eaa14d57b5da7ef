package ma.remacto.network.reference;

/**
 * Where a piece of reference data comes from, so that a reader can check it.
 *
 * @param document the source document, by its title or, when it has none, by what it is
 * @param section  the part of it the data is taken from
 * @param url      where the document or its publisher can be found, when it gives one
 * @param note     what the platform did with it (e.g. a translation), when anything
 */
public record Source(String document, String section, String url, String note) {

    /** The Tamazgana press file (March 2025), in Arabic, which carries the support program and the charter. */
    static final String TAMAZGANA_PRESS_FILE =
            "الملف الصحفي: انخراط الجماعة الترابية تمزكانة في الشبكة المغربية للجماعات الترابية المنفتحة (2025)";

    /** Temara's open action program 2025–2026 (2024), in Arabic. */
    static final String TEMARA_PROGRAM = "برنامج عمل انفتاح جماعة تمارة 2025-2026";

    /** The network's site, printed beside the charter in the press file. */
    static final String NETWORK_SITE = "https://ctouvertes.collectivites-territoriales.gov.ma/";

    static final String TRANSLATED = "Arabic as in the source; French translated by the platform";
}
