package ma.remacto.network.reference;

import ma.remacto.events.network.CollectivityKind;
import ma.remacto.network.query.NetworkStats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The network's size as the documents report it, beside the platform's own count, each with its
 * coverage of the country's collectivities. The documents' figures are dated only as precisely as
 * the documents are: a count is what the document reports at its own date, not at the founding.
 *
 * @param documented     the counts the documents report, oldest first
 * @param national       how many collectivities of each kind the country has
 * @param nationalSource where the national numbers come from
 * @param platform       the members the platform itself records, at the date of {@code platform.reported}
 */
public record NetworkFigures(List<Count> documented, Counts national, Source nationalSource, Count platform) {

    /** Members by kind, as a document reports them or as the platform counts them. */
    public record Counts(long total, long regions, long prefecturesOrProvinces, long communes) {
    }

    /** Percent of the country's collectivities of each kind (one decimal). */
    public record Coverage(BigDecimal total, BigDecimal regions, BigDecimal prefecturesOrProvinces,
                           BigDecimal communes) {
    }

    /**
     * One count: {@code reported} is its date as precisely as known ({@code 2024}, {@code 2025-03},
     * or a full date for the platform), {@code wording} the source's own words, when it has some.
     */
    public record Count(String reported, Counts members, Coverage coverage, Text wording, Source source) {
    }

    /** Morocco's territorial collectivities: 12 regions, 75 prefectures and provinces, 1,503 communes. */
    static final Counts NATIONAL = new Counts(12 + 75 + 1503, 12, 75, 1503);

    static final Source NATIONAL_SOURCE = new Source(
            "REMACTO platform domain notes (DOMAIN.md): \"Morocco has 12 regions, 75 prefectures/provinces and"
                    + " 1,503 communes\"", "The network (REMACTO)", null,
            "not stated in the two source documents; these are the official numbers of the territorial division in"
                    + " force since 2015 (décret n° 2-15-40 of 20 February 2015 for the 12 regions and their"
                    + " prefectures and provinces)");

    private static final List<Count> DOCUMENTED = List.of(
            documented("2024", new Counts(126, 12, 7, 107),
                    new Text("التي تأسست بتاريخ 21 أكتوبر 2022 والتي تضم 126 جماعة ترابية تشمل 12 جهة و7 مجالس إقليمية"
                            + " و107 جماعة",
                            "fondé le 21 octobre 2022, qui compte 126 collectivités territoriales : 12 régions, 7 conseils provinciaux et"
                                    + " 107 communes"),
                    new Source(Source.TEMARA_PROGRAM, "الشبكة المغربية للجماعات الترابية المنفتحة (REMACTO)", null,
                            "the document gives its own year only; the count is as of then, not of the founding"
                                    + " (21 October 2022) that the same sentence names")),
            documented("2025-03", new Counts(228, 12, 17, 199),
                    new Text("التي تأسست بتاريخ 21 أكتوبر 2022 والتي تضم لحد الآن 228 جماعة ترابية تشمل 12 جهة و17"
                            + " مجالس عمالة وإقليم و199 جماعة ترابية",
                            "fondé le 21 octobre 2022, qui compte à ce jour 228 collectivités territoriales : 12 régions, 17 conseils de"
                                    + " préfecture et de province et 199 communes"),
                    new Source(Source.TAMAZGANA_PRESS_FILE, "انخراط جماعة تمزكانة في الشبكة", null,
                            "\"لحد الآن\" (to date): the press file of March 2025")));

    /** The documents' counts and the platform's own, as of {@code platform.asOf()}. */
    public static NetworkFigures with(NetworkStats platform) {
        Counts counted = new Counts(platform.total(), kind(platform, CollectivityKind.REGION),
                kind(platform, CollectivityKind.PREFECTURE_OR_PROVINCE), kind(platform, CollectivityKind.COMMUNE));
        return new NetworkFigures(DOCUMENTED, NATIONAL, NATIONAL_SOURCE,
                new Count(platform.asOf().toString(), counted, coverage(counted), null, null));
    }

    private static Count documented(String reported, Counts members, Text wording, Source source) {
        return new Count(reported, members, coverage(members), wording, source);
    }

    private static long kind(NetworkStats stats, CollectivityKind kind) {
        return stats.byKind().getOrDefault(kind.name(), 0L);
    }

    private static Coverage coverage(Counts members) {
        return new Coverage(percent(members.total(), NATIONAL.total()), percent(members.regions(), NATIONAL.regions()),
                percent(members.prefecturesOrProvinces(), NATIONAL.prefecturesOrProvinces()),
                percent(members.communes(), NATIONAL.communes()));
    }

    private static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
