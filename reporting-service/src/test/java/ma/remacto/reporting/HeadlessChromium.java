package ma.remacto.reporting;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The system's headless Chromium and its chromedriver (or those {@code REMACTO_CHROMIUM} and
 * {@code REMACTO_CHROMEDRIVER} name), as the browser tests of the web dashboards drive it.
 */
final class HeadlessChromium {

    private HeadlessChromium() {
    }

    static ChromeDriver start(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File(System.getenv().getOrDefault("REMACTO_CHROMIUM", "/usr/bin/chromium")));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getenv().getOrDefault("REMACTO_CHROMEDRIVER",
                        "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        ChromeDriver browser = new ChromeDriver(service, options);
        // a page draws once its data has arrived; finding an element waits for it that long
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(20));
        return browser;
    }
}
