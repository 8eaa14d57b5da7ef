package ma.remacto.local;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The participation web application as its browser tests drive it: one platform booted as the
 * local run does (demo data on) and one headless Chromium, shared by every journey of the test
 * run and stopped when the JVM ends. Journeys act with the keyboard ({@link #press}, {@link #type},
 * {@link #choose}); every page can be checked with axe-core ({@link #assertAccessible}), captured in
 * Arabic and French at desktop and phone widths ({@link #capture}), and measured on a first load
 * ({@link #measure}: bytes transferred and time until interactive, printed, never asserted).
 */
final class WebApp implements AutoCloseable {

    static final Path SHOTS = Path.of("target", "web");
    static final Dimension DESKTOP = new Dimension(1280, 900);
    static final Dimension PHONE = new Dimension(390, 844);
    private static final String INSTALL_HINT = "install them (Debian/Ubuntu: sudo apt-get install -y chromium "
            + "chromium-driver) or point REMACTO_CHROMIUM and REMACTO_CHROMEDRIVER at the browser and its driver";
    private static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static WebApp shared;

    final LocalPlatform platform;
    final ChromeDriver browser;
    final String gateway;
    final GatewayClient api;
    private final List<String> measurements = new ArrayList<>();
    private String language = "ar";

    /** The platform and browser of this test run, started by the first journey that asks. */
    static synchronized WebApp shared() throws Exception {
        if (shared == null) {
            shared = new WebApp();
            WebApp started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
        }
        return shared;
    }

    private WebApp() throws Exception {
        Path home = Files.createTempDirectory("remacto-web-platform");
        LocalSettings settings = TestPlatforms.settings(home);
        gateway = settings.gatewayUrl();
        platform = LocalPlatform.start(settings);
        api = new GatewayClient(gateway);
        browser = chromium();
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(20));
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Files.createDirectories(SHOTS);
    }

    /**
     * A headless Chromium from the system ({@code REMACTO_CHROMIUM}, {@code REMACTO_CHROMEDRIVER}),
     * Arabic first, with a profile of its own; nothing is downloaded.
     */
    static ChromeDriver chromium() throws IOException {
        Path chromium = executable("REMACTO_CHROMIUM", "/usr/bin/chromium", "Chromium");
        Path chromedriver = executable("REMACTO_CHROMEDRIVER", "/usr/bin/chromedriver", "chromedriver");
        Path profile = Files.createTempDirectory("remacto-web-browser");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=ar", "--hide-scrollbars",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    @Override
    public synchronized void close() {
        try {
            browser.quit();
        } catch (RuntimeException alreadyGone) {
            // the JVM is ending
        }
        platform.close();
    }

    // --- navigation -------------------------------------------------------------------------

    /** A fresh start: nobody signed in, Arabic, desktop width, no saved input. */
    void reset() {
        browser.manage().window().setSize(DESKTOP);
        browser.get(gateway + "/app/");
        ((JavascriptExecutor) browser).executeScript("sessionStorage.clear(); localStorage.clear();");
        language = "ar";
    }

    /** Loads the application afresh at a route ("/c/temara") and waits until the page has drawn. */
    void open(String route) {
        browser.get("about:blank");
        browser.get(gateway + "/app/?lang=" + language + "#" + route);
        waitReady();
    }

    /** Waits until the current route has drawn its page (after a navigation or an action). */
    void waitReady() {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver ->
                "true".equals(driver.findElement(By.id("page")).getDomAttribute("data-ready")));
    }

    void language(String lang) {
        this.language = lang;
    }

    String route() {
        String url = browser.getCurrentUrl();
        int hash = url.indexOf('#');
        return hash < 0 ? "/" : url.substring(hash + 1);
    }

    /** Signs in on the development sign-in page, with the keyboard. */
    void signIn(String role, String sub, String collectivity, String residence) {
        open("/sign-in");
        choose("field-role", role);
        type("field-sub", sub);
        if (collectivity != null) {
            choose("field-collectivity", collectivity);
        }
        if (residence != null) {
            choose("field-residence", residence);
        }
        press("dev-sign-in-submit");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> !route().startsWith("/sign-in"));
        waitReady();
        assertThat(testId("sign-out").isDisplayed()).as("signed in as " + sub).isTrue();
    }

    // --- the keyboard -----------------------------------------------------------------------

    WebElement testId(String id) {
        return browser.findElement(By.cssSelector("[data-testid='" + id + "']"));
    }

    List<WebElement> all(String id) {
        return browser.findElements(By.cssSelector("[data-testid='" + id + "']"));
    }

    String text(String id) {
        return testId(id).getText().trim();
    }

    /**
     * Moves the focus with Tab (Shift+Tab when the target lies before it) until it rests on the
     * element, as a keyboard user would; fails when Tab never reaches it (not focusable).
     */
    WebElement focus(WebElement target) {
        JavascriptExecutor js = browser;
        for (int step = 0; step < 400; step++) {
            if (Boolean.TRUE.equals(js.executeScript("return document.activeElement === arguments[0];", target))) {
                return target;
            }
            Object position = js.executeScript("const a = document.activeElement;"
                    + " if (!a || a === document.body) return 'none';"
                    + " return (a.compareDocumentPosition(arguments[0]) & Node.DOCUMENT_POSITION_PRECEDING) ? 'before' : 'after';",
                    target);
            // key presses of the keyboard itself (a file input would take an element's keys as a path)
            Actions keys = new Actions(browser);
            if ("before".equals(position)) {
                keys.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
            } else {
                keys.sendKeys(Keys.TAB).perform();
            }
        }
        throw new AssertionError("the keyboard never reaches " + describe(target));
    }

    private WebElement focus(String id) {
        return focus(testId(id));
    }

    /** Tabs to a button or link and presses Enter. */
    void press(String id) {
        focus(id).sendKeys(Keys.ENTER);
    }

    void press(WebElement element) {
        focus(element).sendKeys(Keys.ENTER);
    }

    /** Tabs to a field, clears it and types. */
    void type(String id, String text) {
        type(testId(id), text);
    }

    void type(WebElement field, String text) {
        focus(field);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
    }

    /** Tabs to a select and moves to the option of that value with the arrow keys. */
    void choose(String id, String value) {
        choose(testId(id), value);
    }

    void choose(WebElement select, String value) {
        Number index = (Number) browser.executeScript(
                "return Array.from(arguments[0].options).findIndex(o => o.value === arguments[1]);", select, value);
        if (index.intValue() < 0) {
            fail("no option " + value + " in " + describe(select));
        }
        focus(select);
        select.sendKeys(Keys.HOME);
        for (int i = 0; i < index.intValue(); i++) {
            select.sendKeys(Keys.ARROW_DOWN);
        }
        assertThat(select.getDomProperty("value")).as("option chosen with the keyboard").isEqualTo(value);
    }

    /** A file input takes the file's path (a browser's file chooser cannot be driven otherwise). */
    void attach(String id, Path file) {
        testId(id).sendKeys(file.toAbsolutePath().toString());
    }

    private String describe(WebElement element) {
        return String.valueOf(browser.executeScript("return arguments[0].outerHTML.slice(0, 200);", element));
    }

    // --- accessibility, screenshots, speed --------------------------------------------------

    /** axe-core on the page as it is: no serious or critical violation of WCAG 2.1 A/AA. */
    void assertAccessible(String page) {
        JavascriptExecutor js = browser;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined';"))) {
            js.executeScript(AxeScript.SOURCE);
        }
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}}).then(result => done(result.violations"
                + "   .filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + "   .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))))"
                + " .catch(error => done(['axe failed: ' + error]));", AXE_TAGS);
        assertThat(violations).as("axe-core on " + page + " (" + language + ", " + browser.manage().window().getSize() + ")")
                .isEmpty();
    }

    /**
     * The current route in Arabic and French, at desktop and phone widths: each drawn, checked with
     * axe-core, free of horizontal scrolling on the phone, and saved as target/web/{name}-{lang}-{width}.png.
     */
    void capture(String name) throws IOException {
        String route = route();
        String before = language;
        try {
            for (String lang : List.of("ar", "fr")) {
                language = lang;
                for (Dimension size : List.of(DESKTOP, PHONE)) {
                    browser.manage().window().setSize(size);
                    open(route);
                    assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir"))
                            .isEqualTo("ar".equals(lang) ? "rtl" : "ltr");
                    assertAccessible(name);
                    if (size.equals(PHONE)) {
                        Object overflow = browser.executeScript(
                                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                        assertThat(((Number) overflow).intValue()).as(name + " overflows a phone's width (px)")
                                .isLessThanOrEqualTo(0);
                    }
                    screenshot(name + "-" + lang + "-" + (size.equals(PHONE) ? "phone" : "desktop") + ".png");
                }
            }
        } finally {
            language = before;
            browser.manage().window().setSize(DESKTOP);
            open(route);
        }
    }

    /**
     * A first load of a route with the browser's cache off: bytes transferred (page, scripts,
     * styles and the API's answers) and the time until the page is interactive and until it has
     * drawn its data, from the Navigation Timing and Resource Timing APIs. Printed; not asserted.
     */
    Map<String, Long> measure(String name, String route) {
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        try {
            open(route);
            @SuppressWarnings("unchecked")
            Map<String, Object> timing = (Map<String, Object>) browser.executeScript(
                    "const nav = performance.getEntriesByType('navigation')[0];"
                    + " const resources = performance.getEntriesByType('resource');"
                    + " return {bytes: nav.transferSize + resources.reduce((sum, r) => sum + (r.transferSize || 0), 0),"
                    + "   requests: 1 + resources.length,"
                    + "   interactive: Math.round(nav.domInteractive),"
                    + "   ready: Number(document.getElementById('page').dataset.readyAt || -1)};");
            long bytes = ((Number) timing.get("bytes")).longValue();
            long requests = ((Number) timing.get("requests")).longValue();
            long interactive = ((Number) timing.get("interactive")).longValue();
            long ready = ((Number) timing.get("ready")).longValue();
            String line = String.format("%-28s %8.1f KB %4d requests  interactive %5d ms  drawn %5d ms",
                    name, bytes / 1024.0, requests, interactive, ready);
            System.out.println("page weight: " + line);
            measurements.add(line);
            Files.writeString(SHOTS.resolve("page-weights.txt"), String.join("\n", measurements) + "\n", StandardCharsets.UTF_8);
            return Map.of("bytes", bytes, "interactive", interactive, "ready", ready);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            browser.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", false));
        }
    }

    void screenshot(String name) throws IOException {
        screenshot(browser, SHOTS.resolve(name));
    }

    /** The whole page, not only the window: Chrome's DevTools capture beyond the viewport. */
    @SuppressWarnings("unchecked")
    static void screenshot(ChromeDriver browser, Path file) throws IOException {
        Map<String, Object> metrics = browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "scale", 1,
                "width", size.get("width"), "height", size.get("height"));
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    }

    private static Path executable(String variable, String fallback, String what) {
        String configured = System.getenv(variable);
        Path path = Path.of(configured == null || configured.isBlank() ? fallback : configured);
        if (!Files.isExecutable(path)) {
            fail(what + " is needed at " + path + " for the browser tests: " + INSTALL_HINT);
        }
        return path;
    }

    /** axe-core's browser script, as the npm package builds it (axe.min.js). */
    private static final class AxeScript {

        static final String SOURCE = read();

        private static String read() {
            try (InputStream in = WebApp.class.getResourceAsStream("/axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
