package ma.remacto.local;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The co-creation stations of the two source documents: Temara's 2024 stations with the
 * attendance by gender they report (279 in person, 46 online), the 50 proposals of the digital
 * platform and the "about 100" of the in-person workshops, an approximate figure for both; Tamazgana's 2025 stations, held as the press file reports them (the 7 March meetings)
 * or announced (the 18 March workshop with its agenda, the October 2025 council session).
 * Figures and dates the documents do not give are left out, never guessed.
 */
final class CoCreationDemo {

    /** Posts a body to a path of the gateway with a token; 409 means an earlier run entered it. */
    interface Poster {
        void post(String token, String path, Map<String, Object> body) throws IOException, InterruptedException;
    }

    /** Where the press file places Tamazgana's 7 March information meeting and 18 March workshop. */
    private static final String MEETING_ROOM = "قاعة الاجتماعات بجماعة تمزكانة";

    private final Poster poster;

    CoCreationDemo(Poster poster) {
        this.poster = poster;
    }

    void temara(String admin, String processId) throws IOException, InterruptedException {
        String stations = "/api/processes/" + processId + "/stations";
        held(admin, stations, station("temara-2024-04-25", "CO_CREATION_WORKSHOP",
                "ورشة الإعداد المشترك وجمع الأفكار والمقترحات", "2024-04-25", "2024-04-25"));
        attendance(admin, stations, "temara-2024-04-25", 29, 44, null);
        // the call opened on 30 April; the document gives no closing date
        held(admin, stations, station("temara-2024-04-30", "DIGITAL_CALL_FOR_IDEAS",
                "إعلان تلقي الأفكار والاقتراحات عبر المنصة الرقمية", "2024-04-30", null));
        attendance(admin, stations, "temara-2024-04-30", 7, 39, 50);
        held(admin, stations, station("temara-2024-05-13", "NEIGHBOURHOOD_WORKSHOPS",
                "تنظيم ورشات الانفتاح على مستوى الأحياء", "2024-05-13", "2024-05-20"));
        attendance(admin, stations, "temara-2024-05-13", 77, 119, null);
        held(admin, stations, station("temara-2024-05-27", "EXPERIENCE_SHARING",
                "تقاسم تجربة جماعة تمارة خلال الأسبوع الدولي للحكومة المنفتحة", "2024-05-27", "2024-05-31"));
        held(admin, stations, station("temara-2024-05-28", "EQUALITY_BODY_MEETING",
                "اجتماع هيئة المساواة وتكافؤ الفرص ومقاربة النوع", "2024-05-28", "2024-05-28"));
        attendance(admin, stations, "temara-2024-05-28", 5, 5, null);
        // "about 100 proposals, plus those of the equality body", for the in-person workshops together
        Map<String, Object> figure = new LinkedHashMap<>();
        figure.put("stationIds", List.of("temara-2024-04-25", "temara-2024-05-13"));
        figure.put("proposals", 100);
        figure.put("approximate", true);
        figure.put("reason", "reported as about 100 for the in-person workshops, not split by workshop;"
                + " the equality body's proposals come on top and are not counted");
        poster.post(admin, "/api/processes/" + processId + "/proposal-figures", figure);
    }

    void tamazgana(String admin, String processId) throws IOException, InterruptedException {
        String stations = "/api/processes/" + processId + "/stations";
        Map<String, Object> info = station("tamazgana-2025-03-07-info", "INFO_MEETING",
                "الاجتماع الإخباري التواصلي لإعطاء الانطلاقة الفعلية لإعداد برنامج انفتاح جماعة تمزكانة",
                "2025-03-07", "2025-03-07");
        info.put("place", MEETING_ROOM);
        info.put("agenda", List.of(slot("10:30", null, "الاجتماع الإخباري التواصلي")));
        held(admin, stations, info);
        Map<String, Object> committee = station("tamazgana-2025-03-07-committee", "COMMITTEE_MEETING",
                "اجتماع لجنة تتبع إعداد وتنفيذ وتقييم برنامج انفتاح الجماعة لتحديد مسودة محاور الانفتاح ذات الأولوية",
                "2025-03-07", "2025-03-07");
        committee.put("agenda", List.of(slot("14:00", null, "تحديد مسودة محاور الانفتاح ذات الأولوية")));
        held(admin, stations, committee);
        // the press release announces the workshop; no later document reports it held
        Map<String, Object> workshop = station("tamazgana-2025-03-18", "CO_CREATION_WORKSHOP",
                "ورشة الإعداد المشترك لبرنامج انفتاح الجماعة الترابية تمزكانة", "2025-03-18", "2025-03-18");
        workshop.put("place", MEETING_ROOM);
        workshop.put("agenda", List.of(
                slot("10:30", "10:45", "استقبال المشاركين"),
                slot("10:45", "11:15", "كلمات افتتاحية، عرض نقطة الارتكاز، عرض المكون حول منهجية الإعداد المشترك والجدولة الزمنية"),
                slot("11:15", "13:30", "ورشات العمل لجمع الأفكار والمقترحات")));
        poster.post(admin, stations, workshop);
        Map<String, Object> adoption = station("tamazgana-2025-10-council", "COUNCIL_ADOPTION",
                "مصادقة مجلس جماعة تمزكانة على برنامج الانفتاح خلال دورة أكتوبر 2025", "2025-10-01", "2025-10-31");
        adoption.put("reason", "planned for the council's October 2025 session; the day is not documented");
        poster.post(admin, stations, adoption);
    }

    private static Map<String, Object> station(String id, String kind, String title, String startsOn, String endsOn) {
        Map<String, Object> station = new LinkedHashMap<>();
        station.put("id", id);
        station.put("kind", kind);
        station.put("title", title);
        station.put("startsOn", startsOn);
        station.put("endsOn", endsOn);
        station.put("agenda", List.of());
        return station;
    }

    /** Plans a station the documents report as having taken place, and records it held. */
    private void held(String admin, String stations, Map<String, Object> station) throws IOException, InterruptedException {
        poster.post(admin, stations, station);
        poster.post(admin, stations + "/" + station.get("id") + "/held", Map.of());
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
