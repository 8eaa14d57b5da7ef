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
                "regionId", "rabat-sale-kenitra"), "2024-04-25", UNDOCUMENTED_DATE);
        member(operator, Map.of("id", "tamazgana", "kind", "COMMUNE", "nameAr", "تمزكانة", "nameFr", "Tamazgana"),
                "2024-12-01", "month documented, day not");

        String temara = token(Map.of("sub", "demo-admin-temara", "roles", List.of("COLLECTIVITY_ADMIN"),
                "collectivity", "temara"));
        create(temara, "/api/processes", Map.of("id", "temara-2025-2026", "collectivityId", "temara",
                "title", "الإعداد المشترك لبرنامج عمل الانفتاح 2025-2026", "cycle", "2025-2026"));
        create(temara, "/api/programs", Map.of("id", "temara-2025-2026", "collectivityId", "temara",
                "title", "برنامج عمل الانفتاح لجماعة تمارة 2025-2026", "startYear", 2025, "endYear", 2026));
        System.out.println("  demo data: " + regions.size() + " regions, Temara and Tamazgana admitted;"
                + " Temara's co-creation process and draft program 2025-2026");
    }

    private void member(String operator, Map<String, Object> collectivity, String admittedOn, String reason)
            throws IOException, InterruptedException {
        create(operator, "/api/collectivities", collectivity);
        Map<String, Object> admission = new LinkedHashMap<>();
        admission.put("decision", "ADMITTED");
        admission.put("decidedOn", admittedOn);
        admission.put("reason", reason);
        create(operator, "/api/collectivities/" + collectivity.get("id") + "/admission", admission);
    }

    private void create(String token, String path, Map<String, Object> body) throws IOException, InterruptedException {
        Response response = call("POST", path, token, JSON.writeValueAsString(body));
        if (response.status() / 100 != 2 && response.status() != 409) {
            throw new IllegalStateException("demo data: POST " + path + " answered " + response.status() + ": "
                    + response.body());
        }
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

    private Response call(String method, String path, String token, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body());
    }
}
