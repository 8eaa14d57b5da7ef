package ma.remacto.local;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The co-creation stations of the two source documents: Temara's 2024 stations with the
 * attendance by gender they report (279 in person, 46 online) and the proposals reported by
 * station; Tamazgana's 2025 stations with the agenda of its 18 March workshop. Figures the
 * documents do not give are left out, never guessed.
 */
final class CoCreationDemo {

    /** Posts a body to a path of the gateway with a token; 409 means an earlier run entered it. */
    interface Poster {
        void post(String token, String path, Map<String, Object> body) throws IOException, InterruptedException;
    }

    private final Poster poster;

    CoCreationDemo(Poster poster) {
        this.poster = poster;
    }

    void temara(String admin, String processId) throws IOException, InterruptedException {
        String stations = "/api/processes/" + processId + "/stations";
        station(admin, stations, "temara-2024-04-25", "CO_CREATION_WORKSHOP",
                "ورشة الإعداد المشترك لتجميع الأفكار والمقترحات", "2024-04-25", "2024-04-25", List.of());
        attendance(admin, stations, "temara-2024-04-25", 29, 44, 100);
        station(admin, stations, "temara-2024-04-30", "DIGITAL_CALL_FOR_IDEAS",
                "فتح باب تلقي الأفكار والمقترحات عبر المنصة الرقمية", "2024-04-30", "2024-04-30", List.of());
        attendance(admin, stations, "temara-2024-04-30", 7, 39, 50);
        station(admin, stations, "temara-2024-05-13", "NEIGHBOURHOOD_WORKSHOPS",
                "ورشات الانفتاح بالأحياء", "2024-05-13", "2024-05-20", List.of());
        attendance(admin, stations, "temara-2024-05-13", 77, 119, null);
        station(admin, stations, "temara-2024-05-27", "EXPERIENCE_SHARING",
                "تقاسم التجربة خلال الأسبوع الدولي للحكومة المنفتحة", "2024-05-27", "2024-05-31", List.of());
        station(admin, stations, "temara-2024-05-28", "EQUALITY_BODY_MEETING",
                "اجتماع هيئة المساواة وتكافؤ الفرص ومقاربة النوع", "2024-05-28", "2024-05-28", List.of());
        attendance(admin, stations, "temara-2024-05-28", 5, 5, null);
    }

    void tamazgana(String admin, String processId) throws IOException, InterruptedException {
        String stations = "/api/processes/" + processId + "/stations";
        station(admin, stations, "tamazgana-2025-03-07-info", "INFO_MEETING",
                "اجتماع إخباري لإطلاق مسار الإعداد المشترك", "2025-03-07", "2025-03-07",
                List.of(slot("10:30", null, "اجتماع إخباري")));
        station(admin, stations, "tamazgana-2025-03-07-committee", "COMMITTEE_MEETING",
                "اجتماع اللجنة لصياغة المحاور ذات الأولوية", "2025-03-07", "2025-03-07",
                List.of(slot("14:00", null, "صياغة المحاور ذات الأولوية")));
        station(admin, stations, "tamazgana-2025-03-18", "CO_CREATION_WORKSHOP",
                "ورشة الإعداد المشترك لبرنامج عمل الانفتاح", "2025-03-18", "2025-03-18", List.of(
                        slot("10:30", "10:45", "استقبال المشاركين"),
                        slot("10:45", "11:15", "كلمات افتتاحية، تقديم نقطة الارتكاز، عرض المكون لمنهجية الإعداد المشترك والجدولة الزمنية"),
                        slot("11:15", "13:30", "ورشات تجميع الأفكار والمقترحات")));
        Map<String, Object> adoption = new LinkedHashMap<>();
        adoption.put("id", "tamazgana-2025-10-council");
        adoption.put("kind", "COUNCIL_ADOPTION");
        adoption.put("title", "مصادقة المجلس على برنامج عمل الانفتاح خلال دورة أكتوبر 2025");
        adoption.put("startsOn", "2025-10-01");
        adoption.put("endsOn", "2025-10-31");
        adoption.put("agenda", List.of());
        adoption.put("reason", "planned for the council's October 2025 session; the day is not documented");
        poster.post(admin, stations, adoption);
    }

    private void station(String admin, String stations, String id, String kind, String title, String startsOn,
                         String endsOn, List<Map<String, Object>> agenda) throws IOException, InterruptedException {
        Map<String, Object> station = new LinkedHashMap<>();
        station.put("id", id);
        station.put("kind", kind);
        station.put("title", title);
        station.put("startsOn", startsOn);
        station.put("endsOn", endsOn);
        station.put("agenda", agenda);
        poster.post(admin, stations, station);
        poster.post(admin, stations + "/" + id + "/held", Map.of());
    }

    private void attendance(String admin, String stations, String id, int women, int men, Integer proposals)
            throws IOException, InterruptedException {
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("women", women);
        counts.put("men", men);
        if (proposals != null) {
            counts.put("proposalsCollected", proposals);
        }
        poster.post(admin, stations + "/" + id + "/attendance", counts);
    }

    private static Map<String, Object> slot(String startsAt, String endsAt, String title) {
        Map<String, Object> slot = new LinkedHashMap<>();
        slot.put("startsAt", startsAt);
        slot.put("endsAt", endsAt);
        slot.put("title", title);
        return slot;
    }
}
