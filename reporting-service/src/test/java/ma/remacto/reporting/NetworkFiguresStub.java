package ma.remacto.reporting;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * network-service's {@code GET /api/network/figures}, which the gateway serves beside reporting's
 * pages: the web page tests read it from reporting's origin. Its shape and figures are those of
 * network-service's {@code NetworkFigures}; the platform's count is fixed here.
 */
@RestController
class NetworkFiguresStub {

    @GetMapping(path = "/api/network/figures", produces = MediaType.APPLICATION_JSON_VALUE)
    String figures() {
        return """
                {"documented":[
                  {"reported":"2024","members":{"total":126,"regions":12,"prefecturesOrProvinces":7,"communes":107},
                   "coverage":{"total":7.9,"regions":100.0,"prefecturesOrProvinces":9.3,"communes":7.1},
                   "wording":{"ar":"والتي تضم 126 جماعة ترابية تشمل 12 جهة و7 مجالس إقليمية و107 جماعة",
                              "fr":"qui compte 126 collectivités territoriales : 12 régions, 7 conseils provinciaux et 107 communes"},
                   "source":{"document":"برنامج عمل انفتاح جماعة تمارة 2025-2026","section":"REMACTO","url":null,"note":null}},
                  {"reported":"2025-03","members":{"total":228,"regions":12,"prefecturesOrProvinces":17,"communes":199},
                   "coverage":{"total":14.3,"regions":100.0,"prefecturesOrProvinces":22.7,"communes":13.2},
                   "wording":{"ar":"والتي تضم لحد الآن 228 جماعة ترابية","fr":"qui compte à ce jour 228 collectivités territoriales"},
                   "source":{"document":"الملف الصحفي: انخراط الجماعة الترابية تمزكانة","section":"انخراط جماعة تمزكانة في الشبكة",
                             "url":null,"note":"the press file of March 2025"}}],
                 "national":{"total":1590,"regions":12,"prefecturesOrProvinces":75,"communes":1503},
                 "nationalSource":{"document":"REMACTO platform domain notes","section":"The network (REMACTO)","url":null,
                                   "note":"the official numbers of the territorial division"},
                 "platform":{"reported":"2025-03-31","members":{"total":3,"regions":1,"prefecturesOrProvinces":0,"communes":2},
                             "coverage":{"total":0.2,"regions":8.3,"prefecturesOrProvinces":0.0,"communes":0.1},
                             "wording":null,"source":null}}
                """;
    }
}
