package ma.remacto.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.CookieStore;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The authorization code flow with PKCE (S256) the way a browser goes through it: authorization
 * request, Keycloak's login form, redirect with the code (not followed), code exchange. One
 * instance is one browser: its own cookies, nothing shared with other logins.
 */
final class OidcLogin {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORM_TAG = Pattern.compile("<form\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]*)\"");
    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");
    private static final Pattern FEEDBACK = Pattern.compile("id=\"input-error[^\"]*\"[^>]*>\\s*([^<]+)<");

    private final String issuer;
    private final String clientId;
    private final String redirectUri;
    private final HttpClient browser;

    OidcLogin(String issuer, String clientId, String redirectUri) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.redirectUri = redirectUri;
        this.browser = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .cookieHandler(new CookieManager(new PlainHttpCookieStore(), CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Logs the user in through the login form; returns the access token of the code exchange. */
    String accessToken(String username, String password) throws IOException, InterruptedException {
        String verifier = randomToken();
        String state = randomToken();
        Map<String, String> request = authorizationRequest(state);
        request.put("code_challenge", challenge(verifier));
        request.put("code_challenge_method", "S256");
        HttpResponse<String> loginPage = send(HttpRequest.newBuilder(authorizationUri(request)).GET());
        if (loginPage.statusCode() != 200) {
            throw new IllegalStateException("no login form: HTTP " + loginPage.statusCode() + " "
                    + loginPage.headers().firstValue("Location").orElse(loginPage.body()));
        }
        HttpResponse<String> afterLogin = send(HttpRequest.newBuilder(URI.create(loginFormAction(loginPage.body())))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", password,
                        "credentialId", "")))));
        String location = afterLogin.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("login of " + username + " not accepted: "
                        + describePage(afterLogin.body())));
        Map<String, String> callback = query(URI.create(location));
        if (!callback.containsKey("code") || !state.equals(callback.get("state"))) {
            throw new IllegalStateException("no code for " + username + " in the redirect " + location);
        }
        HttpResponse<String> tokens = send(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code",
                        "code", callback.get("code"), "redirect_uri", redirectUri, "client_id", clientId,
                        "code_verifier", verifier)))));
        return accessTokenOf(tokens);
    }

    /** Where Keycloak sends the browser after an authorization request that has no code_challenge. */
    URI redirectWithoutPkce() throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                authorizationUri(authorizationRequest(randomToken()))).GET());
        return response.headers().firstValue("Location").map(URI::create)
                .orElseThrow(() -> new IllegalStateException("no redirect, HTTP " + response.statusCode()
                        + ": " + describePage(response.body())));
    }

    static String accessTokenOf(HttpResponse<String> tokenResponse) throws IOException {
        if (tokenResponse.statusCode() != 200) {
            throw new IllegalStateException("token endpoint answered HTTP " + tokenResponse.statusCode()
                    + ": " + tokenResponse.body());
        }
        JsonNode body = JSON.readTree(tokenResponse.body());
        return body.path("access_token").asText();
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> params = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                params.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    private Map<String, String> authorizationRequest(String state) {
        Map<String, String> request = new LinkedHashMap<>();
        request.put("client_id", clientId);
        request.put("redirect_uri", redirectUri);
        request.put("response_type", "code");
        request.put("scope", "openid");
        request.put("state", state);
        return request;
    }

    private URI authorizationUri(Map<String, String> request) {
        return URI.create(issuer + "/protocol/openid-connect/auth?" + form(request));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return browser.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String loginFormAction(String html) {
        Matcher forms = FORM_TAG.matcher(html);
        while (forms.find()) {
            Matcher action = ACTION.matcher(forms.group());
            if (forms.group().contains("kc-form-login") && action.find()) {
                return action.group(1).replace("&amp;", "&");
            }
        }
        throw new IllegalStateException("no login form in the page " + describePage(html));
    }

    private static String describePage(String html) {
        Matcher title = TITLE.matcher(html);
        Matcher feedback = FEEDBACK.matcher(html);
        return "'" + (title.find() ? title.group(1).trim() : "untitled") + "'"
                + (feedback.find() ? " saying '" + feedback.group(1).trim() + "'" : "");
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * Keycloak marks its session cookies Secure even on plain HTTP to 127.0.0.1 (browsers treat
     * loopback as a secure context), and the JDK's CookieManager never sends Secure cookies over
     * http: store them without the flag so the login form's POST carries the session.
     */
    private static final class PlainHttpCookieStore implements CookieStore {
        private final CookieStore cookies = new CookieManager().getCookieStore();

        @Override
        public void add(URI uri, HttpCookie cookie) {
            cookie.setSecure(false);
            cookies.add(uri, cookie);
        }

        @Override
        public List<HttpCookie> get(URI uri) {
            return cookies.get(uri);
        }

        @Override
        public List<HttpCookie> getCookies() {
            return cookies.getCookies();
        }

        @Override
        public List<URI> getURIs() {
            return cookies.getURIs();
        }

        @Override
        public boolean remove(URI uri, HttpCookie cookie) {
            return cookies.remove(uri, cookie);
        }

        @Override
        public boolean removeAll() {
            return cookies.removeAll();
        }
    }
}
