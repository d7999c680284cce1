package eu.s3learning.web.it;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium, driven by its own chromedriver: Selenium Manager downloads nothing here. */
final class Browser implements AutoCloseable {

    final WebDriver driver;
    private final String base;

    Browser(String base) throws IOException {
        this.base = base;
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--window-size=1280,1024", "--lang=en-GB",
                "--user-data-dir=" + Files.createTempDirectory("s3-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Presses a button that sends a form and waits until the next page has replaced this one. */
    void submit(WebElement button) {
        WebElement page = driver.findElement(By.tagName("html"));
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                // Stale, or (Chromium, mid-navigation) "node does not belong to the document": the old page is gone.
                return true;
            }
        });
    }

    /** Runs a script that sends a form (as a drop does) and waits for the next page. */
    void submitByScript(String script, Object... arguments) {
        WebElement page = driver.findElement(By.tagName("html"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script, arguments);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
    }

    void submit(String id) {
        submit(driver.findElement(By.id(id)));
    }

    void click(String id) {
        driver.findElement(By.id(id)).click();
    }

    String text(String id) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(d -> d.findElement(By.id(id))).getText();
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("No #" + id + " on " + driver.getCurrentUrl() + ":\n" + pageText(), e);
        }
    }

    /** Waits for the page to show the text; fails with what the page shows instead. */
    void waitForText(String expected) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(d -> d.findElement(By.tagName("body")).getText().contains(expected));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("'" + expected + "' not on " + driver.getCurrentUrl() + ":\n" + pageText(), e);
        }
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length() - 1);
    }

    /** Fills and sends the registration form as a person from Romania would. */
    void register(String fullName, String email, String organisation, String password) {
        driver.manage().deleteAllCookies();
        open("register.xhtml?lang=en");
        type("register:fullName", fullName);
        type("register:email", email);
        type("register:organisation", organisation);
        driver.findElement(By.cssSelector("#register\\:country option[value='RO']")).click();
        type("register:password", password);
        click("register:privacy");
        click("register:submit");
    }

    /** Registers, then follows the verification link from the outbox; returns the e-mail address. */
    String registeredAndVerified(String fullName, String organisation, String password) throws Exception {
        String email = "browser-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.ro";
        register(fullName, email, organisation, password);
        open(Outbox.link(Outbox.await(email, "Confirm your e-mail address")).substring(base.length()));
        text("verified");
        return email;
    }

    /** The serious and critical WCAG 2.1 A/AA violations axe-core finds on the page shown. */
    List<String> seriousAccessibilityViolations() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        return results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .map(r -> r.getId() + " " + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList()).toList();
    }

    /** Sets a date or date-time field the way a picker would; typing into them depends on the browser's locale. */
    void setValue(WebElement field, String value) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));", field, value);
    }

    void signIn(String email, String password) {
        open("login.xhtml");
        type("signin:email", email);
        type("signin:password", password);
        submit("signin:submit");
    }

    @Override
    public void close() {
        driver.quit();
    }
}
