package ma.remacto.programs.web;

import ma.remacto.events.programs.OpennessPrinciple;

import java.util.Locale;
import java.util.Map;

/** The principles of openness by their code, or their name in Arabic, French or English, as a matrix writes them. */
final class Principles {

    private static final Map<String, OpennessPrinciple> NAMES = Map.ofEntries(
            Map.entry("الشفافية", OpennessPrinciple.TRANSPARENCY),
            Map.entry("transparence", OpennessPrinciple.TRANSPARENCY),
            Map.entry("transparency", OpennessPrinciple.TRANSPARENCY),
            Map.entry("المساءلة", OpennessPrinciple.ACCOUNTABILITY),
            Map.entry("redevabilité", OpennessPrinciple.ACCOUNTABILITY),
            Map.entry("reddition des comptes", OpennessPrinciple.ACCOUNTABILITY),
            Map.entry("accountability", OpennessPrinciple.ACCOUNTABILITY),
            Map.entry("الحق في الوصول إلى المعلومة", OpennessPrinciple.ACCESS_TO_INFORMATION),
            Map.entry("الحق في الحصول على المعلومات", OpennessPrinciple.ACCESS_TO_INFORMATION),
            Map.entry("accès à l'information", OpennessPrinciple.ACCESS_TO_INFORMATION),
            Map.entry("access to information", OpennessPrinciple.ACCESS_TO_INFORMATION),
            Map.entry("المشاركة المواطنة", OpennessPrinciple.CITIZEN_PARTICIPATION),
            Map.entry("participation citoyenne", OpennessPrinciple.CITIZEN_PARTICIPATION),
            Map.entry("citizen participation", OpennessPrinciple.CITIZEN_PARTICIPATION),
            Map.entry("الرقمنة", OpennessPrinciple.DIGITALISATION),
            Map.entry("digitalisation", OpennessPrinciple.DIGITALISATION),
            Map.entry("numérisation", OpennessPrinciple.DIGITALISATION),
            Map.entry("digitalization", OpennessPrinciple.DIGITALISATION));

    private Principles() {
    }

    /** The principle a code or name stands for, or {@code null} when none does. */
    static OpennessPrinciple named(String name) {
        String code = name.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        for (OpennessPrinciple principle : OpennessPrinciple.values()) {
            if (principle.name().equals(code)) {
                return principle;
            }
        }
        return NAMES.get(name.strip().toLowerCase(Locale.ROOT).replace('’', '\''));
    }
}
