package ma.remacto.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo data of the local run, entered through the gateway like any client would, from the
 * two source documents only: the 12 regions, Temara and Tamazgana as admitted communes, and
 * Temara's co-creation process and draft program for 2025-2026. Where a date is not
 * documented, the event's reason says so. Safe to run again: what exists answers 409 and is kept.
 */
final class DemoData {

    private static final String UNDOCUMENTED_DATE = "exact admission date not documented";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String gateway;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    DemoData(String gateway) {
        this.gateway = gateway;
    }

    void load() throws IOException, InterruptedException {
        String operator = token(Map.of("sub", "demo-loader", "roles", List.of("NETWORK_OPERATOR")));
        JsonNode regions = call("GET", "/api/network/regions", null, null).json();
        for (JsonNode region : regions) {
            member(operator, Map.of("id", region.path("id").asText(), "kind", "REGION",
                    "nameAr", region.path("nameAr").asText(), "nameFr", region.path("nameFr").asText()),
                    "2022-10-21", UNDOCUMENTED_DATE);
        }
        member(operator, Map.of("id", "temara", "kind", "COMMUNE", "nameAr", "تمارة", "nameFr", "Témara",
                "regionId", "rabat-sale-kenitra", "province", "Skhirate-Témara"), "2024-04-25", UNDOCUMENTED_DATE);
        member(operator, Map.of("id", "tamazgana", "kind", "COMMUNE", "nameAr", "تمزكانة", "nameFr", "Tamazgana"),
                "2024-12-01", "month documented, day not");

        String temara = token(Map.of("sub", "demo-admin-temara", "roles", List.of("COLLECTIVITY_ADMIN"),
                "collectivity", "temara"));
        temaraCommittee(temara);
        create(operator, "/api/network/activities", Map.of("id", "training-2025-02-11", "kind", "TRAINING",
                "title", "لقاء تواصلي وتكويني حول برنامج دعم الجماعات الترابية المنفتحة ومنهجية الإعداد المشترك"
                        + " لبرنامج الانفتاح لفائدة الجماعات الترابية الملتحقة حديثا بالشبكة",
                "heldOn", "2025-02-11"));
        create(operator, "/api/network/activities/training-2025-02-11/attendance",
                Map.of("collectivityIds", List.of("tamazgana")));
        create(temara, "/api/processes", Map.of("id", "temara-2025-2026", "collectivityId", "temara",
                "title", "الإعداد المشترك لبرنامج عمل الانفتاح 2025-2026", "cycle", "2025-2026"));
        create(temara, "/api/programs", Map.of("id", "temara-2025-2026", "collectivityId", "temara",
                "title", "برنامج عمل الانفتاح لجماعة تمارة 2025-2026", "startYear", 2025, "endYear", 2026));
        temaraProgram(temara);
        CoCreationDemo coCreation = new CoCreationDemo(this::create);
        coCreation.temara(temara, "temara-2025-2026");
        String tamazgana = token(Map.of("sub", "demo-admin-tamazgana", "roles", List.of("COLLECTIVITY_ADMIN"),
                "collectivity", "tamazgana"));
        create(tamazgana, "/api/processes", Map.of("id", "tamazgana-2025", "collectivityId", "tamazgana",
                "title", "الإعداد المشترك لبرنامج عمل الانفتاح لجماعة تمزكانة", "cycle", "2025"));
        coCreation.tamazgana(tamazgana, "tamazgana-2025");
        System.out.println("  demo data: " + regions.size() + " regions, Temara (committee) and Tamazgana admitted,"
                + " the training of 11 February 2025, Temara's and Tamazgana's co-creation stations,"
                + " Temara's co-created draft program 2025-2026 (not adopted)");
    }

    /**
     * Temara's 2025-2026 matrix from the CSV shipped with the local run (10 projects, 4 axes,
     * 85.75 MDH), as the document shows it: a co-created draft. The document reports neither a
     * consultation on it, nor its adoption, nor any progress, nor how each project is funded: none
     * is recorded, and the platform shows them as unknown.
     */
    private void temaraProgram(String admin) throws IOException, InterruptedException {
        String program = "/api/programs/temara-2025-2026";
        String csv;
        try (var in = DemoData.class.getResourceAsStream("/demo/temara-2025-2026-matrix.csv")) {
            csv = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + program + "/matrix"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "text/csv; charset=utf-8")
                .header("Authorization", "Bearer " + admin)
                .POST(HttpRequest.BodyPublishers.ofString(csv));
        HttpResponse<String> imported = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (imported.statusCode() / 100 != 2) {
            throw new IllegalStateException("demo data: the matrix import answered " + imported.statusCode() + ": "
                    + imported.body());
        }
    }

    /**
     * Temara's committee as the document describes it, by office: the names, the genders (but the
     * equality body's chair's), the number
     * of vice-presidents and standing-committee chairs, and the appointment dates are not documented.
     */
    private void temaraCommittee(String admin) throws IOException, InterruptedException {
        String[][] seats = {
                {"chair", "CHAIR", "رئيس المجلس"},
                {"vice-presidents", "VICE_CHAIR", "نواب الرئيس"},
                {"council-secretary", "COUNCIL_SECRETARY", "كاتب المجلس"},
                {"standing-committee-chairs", "STANDING_COMMITTEE_CHAIR", "رؤساء اللجان الدائمة"},
                {"equality-body-chair", "EQUALITY_BODY_CHAIR", "رئيسة هيئة المساواة وتكافؤ الفرص ومقاربة النوع"},
                {"equality-body-member-1", "EQUALITY_BODY_MEMBER", "عضو(ة) هيئة المساواة 1"},
                {"equality-body-member-2", "EQUALITY_BODY_MEMBER", "عضو(ة) هيئة المساواة 2"},
                {"equality-body-member-3", "EQUALITY_BODY_MEMBER", "عضو(ة) هيئة المساواة 3"},
                {"director-general-of-services", "DIRECTOR_GENERAL_OF_SERVICES", "المدير العام للمصالح"},
                {"staff", "STAFF", "بعض الأطر"}};
        for (String[] seat : seats) {
            // the document names the equality body's chair in the feminine (رئيسة); no other gender is given
            String gender = seat[1].equals("EQUALITY_BODY_CHAIR") ? "WOMAN" : "UNSPECIFIED";
            create(admin, "/api/collectivities/temara/committee/members", Map.of("memberId", seat[0], "role", seat[1],
                    "fullName", seat[2], "gender", gender, "appointedOn", "2024-04-25",
                    "reason", "appointment date not documented; the committee prepared the program by this date"));
        }
    }

    /**
     * Registers and admits a member. The documents date no application: the admission's date, the
     * only one they support, stands for it, and the reason says so.
     */
    private void member(String operator, Map<String, Object> collectivity, String admittedOn, String reason)
            throws IOException, InterruptedException {
        Map<String, Object> application = new LinkedHashMap<>(collectivity);
        application.put("appliedOn", admittedOn);
        application.put("reason", "application date not documented; the date of the admission stands for it");
        create(operator, "/api/collectivities", application);
        Map<String, Object> admission = new LinkedHashMap<>();
        admission.put("decision", "ADMITTED");
        admission.put("decidedOn", admittedOn);
        admission.put("reason", reason);
        create(operator, "/api/collectivities/" + collectivity.get("id") + "/admission", admission);
    }

    /**
     * Posts, treating 409 as "entered by an earlier run" — except 409 {@code not-a-member} and 400
     * {@code unknown-collectivity}: the service's read model has not yet taken the member entered a
     * moment ago (from the network's stream, or from a segment another instance is taking over),
     * so it waits and retries.
     */
    private void create(String token, String path, Map<String, Object> body) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        Response response = call("POST", path, token, JSON.writeValueAsString(body));
        while (notYetKnown(response) && System.nanoTime() < deadline) {
            Thread.sleep(250);
            response = call("POST", path, token, JSON.writeValueAsString(body));
        }
        if (response.status() / 100 != 2 && response.status() != 409) {
            throw new IllegalStateException("demo data: POST " + path + " answered " + response.status() + ": "
                    + response.body());
        }
    }

    private static boolean notYetKnown(Response response) {
        return response.status() == 409 && response.body().contains("\"not-a-member\"")
                || response.status() == 400 && response.body().contains("\"unknown-collectivity\"");
    }

    private String token(Map<String, Object> claims) throws IOException, InterruptedException {
        Response response = call("POST", "/dev/tokens", null, JSON.writeValueAsString(claims));
        if (response.status() != 200) {
            throw new IllegalStateException("the development issuer answered " + response.status() + ": " + response.body());
        }
        return response.json().path("token").asText();
    }

    private record Response(int status, String body) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    /** A call, repeated after the wait the gateway asks for when the loader goes beyond its rate limit. */
    private Response call(String method, String path, String token, String body) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response = send(method, path, token, body);
            if (response.statusCode() != 429 || attempt == 10) {
                return new Response(response.statusCode(), response.body());
            }
            long seconds = response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L);
            Thread.sleep(Duration.ofSeconds(Math.min(Math.max(seconds, 1), 30)).toMillis());
        }
    }

    private HttpResponse<String> send(String method, String path, String token, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
