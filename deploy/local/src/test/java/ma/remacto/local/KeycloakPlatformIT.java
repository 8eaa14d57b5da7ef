package ma.remacto.local;

import com.fasterxml.jackson.databind.JsonNode;
import ma.remacto.local.GatewayClient.Answer;
import ma.remacto.local.LocalSettings.TokenIssuer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The platform trusting a real OpenID Connect provider: a Keycloak with the realm of
 * deploy/keycloak, whose users sign in with the authorization code flow and PKCE. An operator
 * admits a commune, its admin runs a consultation, and a citizen the provider vouches for as a
 * resident votes, all through the gateway with Keycloak's tokens; the development issuer is off.
 */
class KeycloakPlatformIT {

    private static final String PASSWORD = "Pass-word-1";

    @TempDir
    Path home;

    @Test
    void aCitizenVotesAndAnAdminActsWithTheProvidersTokens() throws Exception {
        try (KeycloakServer keycloak = KeycloakServer.start()) {
            keycloak.createUser("operator", PASSWORD, List.of("NETWORK_OPERATOR"), Map.of());
            keycloak.createUser("admin-sale", PASSWORD, List.of("COLLECTIVITY_ADMIN"), Map.of("collectivity", "sale"));
            keycloak.createUser("citizen-sale", PASSWORD, List.of("CITIZEN"), Map.of("residence", "sale"));
            keycloak.createUser("citizen-elsewhere", PASSWORD, List.of("CITIZEN"), Map.of());
            LocalSettings settings = TestPlatforms.settings(home)
                    .trusting(new TokenIssuer(keycloak.issuer(), keycloak.jwkSetUri()));
            try (LocalPlatform platform = LocalPlatform.start(settings)) {
                GatewayClient gateway = new GatewayClient(settings.gatewayUrl());
                assertThat(gateway.post("/dev/tokens", null, "{\"sub\":\"x\",\"roles\":[\"NETWORK_OPERATOR\"]}").status())
                        .as("the development issuer is off").isEqualTo(404);
                String operator = keycloak.tokenFor("operator", PASSWORD);
                String admin = keycloak.tokenFor("admin-sale", PASSWORD);
                String citizen = keycloak.tokenFor("citizen-sale", PASSWORD);

                created(gateway.post("/api/collectivities", operator,
                        "{\"id\":\"sale\",\"kind\":\"COMMUNE\",\"nameAr\":\"سلا\",\"nameFr\":\"Salé\",\"regionId\":\"rabat-sale-kenitra\",\"appliedOn\":\"2025-01-02\"}"));
                created(gateway.post("/api/collectivities/sale/admission", operator,
                        "{\"decision\":\"ADMITTED\",\"decidedOn\":\"2025-01-15\",\"reason\":\"indicators met\"}"));
                String process = "{\"id\":\"sale-2026\",\"collectivityId\":\"sale\",\"title\":\"الإعداد المشترك\",\"cycle\":\"2026\"}";
                await().atMost(Duration.ofSeconds(60)).until(() -> gateway.post("/api/processes", admin, process).status() == 201);
                created(gateway.post("/api/processes/sale-2026/stations", admin, "{\"id\":\"sale-workshop\","
                        + "\"kind\":\"CO_CREATION_WORKSHOP\",\"title\":\"ورشة\",\"startsOn\":\"2026-02-01\",\"endsOn\":\"2026-02-01\",\"agenda\":[]}"));
                // proposals collected on paper come from a workshop that was held
                created(gateway.post("/api/processes/sale-2026/stations/sale-workshop/held", admin, "{}"));
                String proposal = created(gateway.post("/api/processes/sale-2026/proposals", admin,
                        "{\"channel\":\"IN_PERSON\",\"stationId\":\"sale-workshop\",\"title\":\"إنارة الحي\",\"body\":\"...\"}"))
                        .json().path("id").asText();
                created(gateway.post("/api/processes/sale-2026/phase", admin,
                        "{\"phase\":\"CONSULTATION\",\"on\":\"2026-03-01\"}"));
                OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                created(gateway.post("/api/processes/sale-2026/consultations", admin, "{\"id\":\"sale-vote\","
                        + "\"title\":\"vote\",\"items\":[{\"ref\":\"" + proposal + "\",\"title\":\"إنارة الحي\"}],"
                        + "\"opensAt\":\"" + now.minusMinutes(5) + "\",\"closesAt\":\"" + now.plusDays(1) + "\"}"));
                await().until(() -> gateway.get("/api/consultations/sale-vote").status() == 200);
                String vote = "/api/consultations/sale-vote/items/"
                        + gateway.get("/api/consultations/sale-vote").json().path("items").path(0).path("itemId").asText() + "/vote";

                assertThat(gateway.put(vote, keycloak.tokenFor("citizen-elsewhere", PASSWORD), "{\"choice\":\"FOR\"}").code())
                        .as("a citizen the provider does not vouch for as a resident").isEqualTo("not-a-verified-resident");
                Answer cast = gateway.put(vote, citizen, "{\"choice\":\"FOR\"}");
                assertThat(cast.status()).as(cast.body()).isEqualTo(200);
                await().atMost(Duration.ofSeconds(30)).until(() -> gateway.get("/api/consultations/sale-vote/results")
                        .json().path("items").path(0).path("online").path("for").asLong() == 1);

                JsonNode trail = gateway.get("/api/audit?collectivity=sale&limit=200").json();
                assertThat(trail.findValuesAsText("actor")).isNotEmpty()
                        .allSatisfy(actor -> assertThat(actor).isNotIn(subjectOf(admin), subjectOf(citizen)));
                assertThat(trail.toString()).as("no token subject reaches the public audit")
                        .doesNotContain(subjectOf(admin)).doesNotContain(subjectOf(citizen)).doesNotContain(subjectOf(operator));

                theCitizenSignsInToTheWebApplicationAndOut(keycloak, settings.gatewayUrl(), gateway);
            }
        }
    }

    /**
     * The web application's sign-in: authorization code with PKCE in the browser, on Keycloak's
     * own login page; the code exchanged by the page (CORS of the token endpoint); the token then
     * good for the citizen's own reads through the gateway; sign-out ends the provider's session.
     */
    private static void theCitizenSignsInToTheWebApplicationAndOut(KeycloakServer keycloak, String origin,
                                                                   GatewayClient gateway) throws Exception {
        keycloak.allowWebApplication(origin);
        ChromeDriver browser = WebApp.chromium();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            wait.withMessage(() -> "at " + browser.getCurrentUrl() + ", the page reads: "
                    + browser.findElement(By.tagName("body")).getText() + "; its source: "
                    + browser.getPageSource().substring(0, Math.min(3000, browser.getPageSource().length())));
            browser.get(origin + "/app/#/sign-in?return=%2Fverify");
            wait.until(driver -> !driver.findElements(By.cssSelector("[data-testid='oidc-sign-in']")).isEmpty());
            assertThat(browser.findElements(By.cssSelector("[data-testid='dev-sign-in']")))
                    .as("no development sign-in where a provider is trusted").isEmpty();
            browser.findElement(By.cssSelector("[data-testid='oidc-sign-in']")).click();
            wait.until(driver -> driver.getCurrentUrl().startsWith(keycloak.issuer()));
            assertThat(browser.getCurrentUrl()).contains("code_challenge_method=S256").contains("client_id=remacto-web");
            browser.findElement(By.id("username")).sendKeys("citizen-sale");
            browser.findElement(By.id("password")).sendKeys(PASSWORD);
            browser.findElement(By.id("kc-login")).click();
            wait.until(driver -> driver.getCurrentUrl().startsWith(origin + "/app/")
                    && !driver.findElements(By.cssSelector("[data-testid='sign-out']:not([hidden])")).isEmpty());
            assertThat(browser.getCurrentUrl()).as("back where the citizen was going, the code gone from the address")
                    .endsWith("/app/#/verify").doesNotContain("code=");
            String token = (String) ((JavascriptExecutor) browser).executeScript(
                    "return JSON.parse(sessionStorage.getItem('remacto.session')).token;");
            JsonNode claims = GatewayClient.JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
            assertThat(claims.path("azp").asText()).isEqualTo("remacto-web");
            assertThat(claims.path("residence").asText()).isEqualTo("sale");
            Answer ballots = gateway.get("/api/me/ballots", token);
            assertThat(ballots.status()).as(ballots.body()).isEqualTo(200);
            assertThat(ballots.body()).contains("sale-vote");

            // the provider's access tokens live minutes: once the API refuses one, the refresh token renews it
            Object renewed = ((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + " import('/app/session.js').then(async session => { session.refused();"
                    + "   const expiredNow = session.token() === null; const ok = await session.renew();"
                    + "   done([expiredNow, ok, session.token() !== null && session.token() !== arguments[0]]); });", token);
            assertThat(renewed).as("expired, renewed, a new token").isEqualTo(List.of(true, true, true));

            wait.until(driver -> driver.findElement(By.cssSelector("[data-testid='sign-out']")).isDisplayed());
            browser.findElement(By.cssSelector("[data-testid='sign-out']")).click();
            // signing out ends the provider's session, which then sends the browser back to the application
            wait.until(driver -> driver.getCurrentUrl().startsWith(origin + "/app/") && !driver.getCurrentUrl().contains("#/verify"));
            browser.get(keycloak.issuer() + "/protocol/openid-connect/auth?client_id=remacto-web&response_type=code&scope=openid"
                    + "&redirect_uri=" + origin + "/app/&code_challenge_method=S256"
                    + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
            wait.until(driver -> !driver.findElements(By.id("username")).isEmpty());
            assertThat(browser.findElements(By.id("password"))).as("the provider's session ended too: it asks again").isNotEmpty();
        } finally {
            browser.quit();
        }
    }

    private static String subjectOf(String token) throws Exception {
        byte[] claims = Base64.getUrlDecoder().decode(token.split("\\.")[1]);
        return GatewayClient.JSON.readTree(claims).path("sub").asText();
    }

    private static Answer created(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isBetween(200, 201);
        return answer;
    }
}
