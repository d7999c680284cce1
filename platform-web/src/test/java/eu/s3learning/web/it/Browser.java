package eu.s3learning.web.it;

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
            new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.NoSuchElementException.class)
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

    void signIn(String email, String password) {
        open("login.xhtml");
        type("signin:email", email);
        type("signin:password", password);
        click("signin:submit");
    }

    @Override
    public void close() {
        driver.quit();
    }
}
