package eu.s3learning.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.s3learning.core.tracking.forwarding.TestLrs;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The forwarding page in Chromium, as an administrator uses it against a test LRS in this JVM: refusals in plain
 * words, the secret never shown back, the connection test, changing and removing, dead letters sent again and
 * discarded; axe finds nothing serious; a trainee is refused the page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ForwardingBrowserIT {

    private static final String BASE = System.getProperty("s3.it.base");
    private static Browser browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PlatformDeployment.war();
    }

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = new Browser(BASE);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private static WebElement button(String label) {
        return browser.driver.findElement(By.cssSelector("input[aria-label='" + label + "']"));
    }

    private static void fill(String name, String address, String key, String secret) {
        browser.type("endpoint:name", name);
        browser.type("endpoint:address", address);
        browser.type("endpoint:key", key);
        browser.type("endpoint:secret", secret);
    }

    @Test
    void anAdministratorAddsTestsChangesAndRemovesAnExternalLrs() throws Exception {
        try (TestLrs target = new TestLrs()) {
            String name = "Browser LRS " + UUID.randomUUID().toString().substring(0, 6);
            browser.signIn(PlatformDeployment.ADMIN_EMAIL, PlatformDeployment.ADMIN_PASSWORD);
            browser.text("home-admin");
            browser.open("admin/lrs-forwarding.xhtml?lang=en");
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "forwarding page");

            browser.click("endpoint:save");
            browser.waitForText("Give the external LRS a name.");
            fill(name, "ftp://lrs.example.org/xapi", TestLrs.KEY, TestLrs.SECRET);
            browser.click("endpoint:save");
            browser.waitForText("The address must start with https:// (or http://).");
            assertEquals("", browser.driver.findElement(By.id("endpoint:secret")).getAttribute("value"),
                    "a refused secret is not sent back to the page");

            // From the keyboard: Enter in the last field sends the form.
            fill(name, target.endpoint() + "/statements", TestLrs.KEY, TestLrs.SECRET);
            browser.driver.findElement(By.id("endpoint:secret")).sendKeys(Keys.ENTER);
            browser.waitForText("The external LRS has been added");
            assertTrue(browser.pageText().contains(target.endpoint()), browser.pageText());
            assertFalse(browser.pageText().contains(target.endpoint() + "/statements"), "the address is normalised");
            assertTrue(browser.pageText().contains("…6789"), "the secret's end, to recognise it");
            assertFalse(browser.driver.getPageSource().contains(TestLrs.SECRET), "never the secret itself");
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "forwarding page with an endpoint");

            button("Test connection: " + name).click();
            browser.waitForText("Test of " + name + ": it works.");
            assertTrue(browser.pageText().contains("key and secret accepted"), browser.pageText());

            fill(name, target.endpoint(), TestLrs.KEY, TestLrs.SECRET);
            browser.click("endpoint:save");
            browser.waitForText("Another external LRS already has this name.");

            button("Change: " + name).click();
            browser.waitForText("Change " + name + " in the form below.");
            assertEquals(target.endpoint(), browser.driver.findElement(By.id("endpoint:address")).getAttribute("value"));
            assertEquals("", browser.driver.findElement(By.id("endpoint:secret")).getAttribute("value"));
            assertTrue(browser.pageText().contains("which ends in …6789"), browser.pageText());
            browser.type("endpoint:key", "not-the-key");
            browser.click("endpoint:save");
            browser.waitForText("The external LRS has been changed.");
            button("Test connection: " + name).click();
            browser.waitForText("Test of " + name + ": it does not work yet.");
            assertTrue(browser.pageText().contains("key or secret refused"), browser.pageText());

            button("Remove: " + name).click();
            browser.waitForText("Remove " + name + " and the 0 statements still to be sent to it?");
            browser.click("confirm-remove:yes");
            browser.waitForText("The external LRS has been removed.");
            assertFalse(browser.pageText().contains(name), browser.pageText());
            browser.submit("account:sign-out");
        }
    }

    @Test
    void deadLettersAreListedAndSentAgainOrDiscardedFromThePage() throws Exception {
        try (TestLrs target = new TestLrs()) {
            String name = "Refusing LRS " + UUID.randomUUID().toString().substring(0, 6);
            browser.signIn(PlatformDeployment.ADMIN_EMAIL, PlatformDeployment.ADMIN_PASSWORD);
            browser.text("home-admin");
            browser.open("admin/lrs-forwarding.xhtml?lang=en");
            fill(name, target.endpoint(), TestLrs.KEY, TestLrs.SECRET);
            browser.click("endpoint:save");
            browser.waitForText("The external LRS has been added");

            UUID mended = UUID.randomUUID();
            UUID hopeless = UUID.randomUUID();
            target.refuse(mended);
            target.refuse(hopeless);
            post(mended);
            post(hopeless);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            browser.open("admin/lrs-forwarding.xhtml?lang=en");
            while (!(browser.pageText().contains(mended.toString()) && browser.pageText().contains(hopeless.toString()))) {
                assertTrue(System.nanoTime() < deadline, "no dead letters listed: " + browser.pageText());
                Thread.sleep(500);
                browser.open("admin/lrs-forwarding.xhtml?lang=en");
            }
            assertTrue(browser.pageText().contains("HTTP 400"), browser.pageText());
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "forwarding page with dead letters");

            target.accept(mended);
            button("Send again: " + mended).click();
            browser.waitForText("1 statement(s) will be sent again.");
            waitUntil(() -> target.stored().contains(mended));

            button("Discard: " + hopeless).click();
            browser.waitForText("1 statement(s) discarded.");
            assertTrue(browser.driver.findElements(By.cssSelector("input[aria-label='Discard: " + hopeless + "']"))
                    .isEmpty(), "no longer listed");

            button("Remove: " + name).click();
            browser.waitForText("Remove " + name + " and the ");
            browser.click("confirm-remove:yes");
            browser.waitForText("The external LRS has been removed.");
            browser.submit("account:sign-out");
        }
    }

    @Test
    void aTraineeIsRefusedTheForwardingPage() throws Exception {
        String email = browser.registeredAndVerified("Ioana Popa", "ADR Sud-Vest Oltenia", "smart specialisation in Oltenia");
        browser.signIn(email, "smart specialisation in Oltenia");
        browser.text("home-trainee");
        browser.open("admin/lrs-forwarding.xhtml");
        assertTrue(browser.text("error-forbidden").contains("does not give access"));
        browser.submit("account:sign-out");
    }

    private static void post(UUID id) throws Exception {
        String statement = "{\"id\":\"" + id + "\",\"actor\":{\"mbox\":\"mailto:ana@example.ro\"},"
                + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/completed\"},"
                + "\"object\":{\"id\":\"http://it.s3-learning.test/unit/browser\"}}";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(BASE + "xapi/statements"))
                .header("X-Experience-API-Version", "1.0.3").header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "it-lrs:integration-lrs-secret-0123456789abcdef".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(statement)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "not within 20 s");
            Thread.sleep(100);
        }
    }
}
