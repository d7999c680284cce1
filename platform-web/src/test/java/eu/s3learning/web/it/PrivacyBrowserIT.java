package eu.s3learning.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Progress and privacy in a real browser: a learner reads their own learning record and finds their data on the
 * profile page; an administrator erases them, confirming with their address, and they can no longer sign in.
 * Every page is checked with axe-core for serious WCAG 2.1 AA violations.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PrivacyBrowserIT {

    private static final String PASSWORD = "clusters of the Danube delta";
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

    private static void accessible(String page) {
        assertEquals(List.of(), browser.seriousAccessibilityViolations(), page);
    }

    @Test
    void aLearnerReadsTheirRecordAndAnAdministratorErasesThem() throws Exception {
        String email = browser.registeredAndVerified("Ioana Delta", "ADR Sud-Est", PASSWORD);
        browser.signIn(email, PASSWORD);
        browser.text("home-trainee");
        browser.submit("timeline-link");
        assertEquals("/app/activity.xhtml", browser.path());
        String entry = browser.driver.findElement(By.cssSelector("#timeline tr.statement")).getText();
        assertTrue(entry.contains("registered S3 Learning Platform"), entry);
        assertTrue(browser.driver.findElement(By.cssSelector("#timeline caption")).getText().contains("page 1 of 1"));
        accessible("learning record");
        browser.driver.findElement(By.linkText("Română")).click();
        browser.waitForText("s-a înregistrat");
        accessible("learning record in Romanian");
        browser.open("app/profile.xhtml?lang=en");
        assertTrue(browser.driver.findElement(By.id("personal-data")).getAttribute("href").endsWith("/app/personal-data"));
        accessible("profile with the data section");
        browser.submit("account:sign-out");

        browser.signIn(PlatformDeployment.ADMIN_EMAIL, PlatformDeployment.ADMIN_PASSWORD);
        browser.text("home-admin");
        browser.open("admin/users.xhtml");
        browser.type("users:search", email);
        browser.submit("users:find");
        browser.waitForText(email);
        browser.submit(browser.driver.findElement(By.cssSelector("a.erase-link")));
        assertEquals(email, browser.text("erase-email"));
        accessible("erase page");
        browser.type("erase:confirmation", "someone.else@example.ro");
        browser.submit("erase:submit");
        browser.waitForText("The address typed is not this person's. Nothing was erased.");
        browser.type("erase:confirmation", email.toUpperCase(java.util.Locale.ROOT));
        browser.submit("erase:submit");
        browser.waitForText("The person's data has been erased.");
        assertEquals("/admin/erasures.xhtml", browser.path());
        accessible("erasures page");
        browser.open("admin/users.xhtml");
        browser.type("users:search", email);
        browser.submit("users:find");
        browser.waitForText("Nothing to show.");
        browser.submit("account:sign-out");

        browser.signIn(email, PASSWORD);
        browser.waitForText("The e-mail address or the password is wrong.");
    }
}
