package eu.s3learning.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** What a person does in a real browser, against the platform on Payara Micro. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserIT {

    private static final String PASSWORD = "smart specialisation in Oltenia";
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

    private static String uniqueEmail() {
        return "browser-" + UUID.randomUUID().toString().substring(0, 8) + "@example.ro";
    }

    private static void register(String email) {
        browser.register("Ioana Popa", email, "ADR Sud-Vest Oltenia", PASSWORD);
    }

    private static String registeredAndVerified() throws Exception {
        return browser.registeredAndVerified("Ioana Popa", "ADR Sud-Vest Oltenia", PASSWORD);
    }

    @Test
    void registerVerifySignInSwitchToRomanianAndSignOut() throws Exception {
        String email = uniqueEmail();
        register(email);
        assertTrue(browser.text("register-done").contains("follow the link"));

        String link = Outbox.link(Outbox.await(email, "Confirm your e-mail address"));
        assertTrue(link.startsWith(BASE + "verify.xhtml?token="), link);
        browser.open(link.substring(BASE.length()));
        assertTrue(browser.text("verified").contains("account is active"));

        String cookieBefore = browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
        browser.signIn(email, PASSWORD);
        assertTrue(browser.text("home-trainee").contains("Welcome"));
        assertEquals("/trainee/home.xhtml", browser.path());
        assertNotEquals(cookieBefore, browser.driver.manage().getCookieNamed("JSESSIONID").getValue(),
                "the session id changes at sign-in");

        browser.driver.findElement(By.linkText("Română")).click();
        assertTrue(browser.text("home-trainee").contains("Bine ați venit"));
        browser.waitForText("Instruirea mea");
        assertEquals("ro", browser.driver.findElement(By.tagName("html")).getAttribute("lang"));

        browser.submit("account:sign-out");
        assertTrue(browser.text("signed-out").length() > 0);
        browser.open("app/profile.xhtml");
        assertTrue(browser.path().startsWith("/login.xhtml"), "signed out for real");

        browser.open(Outbox.link(Outbox.await(email, "Confirm your e-mail address")).substring(BASE.length()));
        browser.waitForText("already been used");
    }

    @Test
    void aTraineeIsRefusedOnAdministrationPages() throws Exception {
        String email = registeredAndVerified();
        browser.signIn(email, PASSWORD);
        browser.text("home-trainee");
        browser.open("admin/users.xhtml");
        assertTrue(browser.text("error-forbidden").contains("does not give access"));
        browser.open("trainer/home.xhtml");
        assertTrue(browser.text("error-forbidden").length() > 0);
        browser.submit("account:sign-out");
    }

    @Test
    void aSignedOutVisitorSignsInAndComesBackToThePageAsked() throws Exception {
        String email = registeredAndVerified();
        browser.driver.manage().deleteAllCookies();
        browser.open("app/profile.xhtml");
        assertTrue(browser.path().startsWith("/login.xhtml"));
        browser.type("signin:email", email);
        browser.type("signin:password", PASSWORD);
        browser.click("signin:submit");
        browser.text("profile:fullName");
        assertEquals("/app/profile.xhtml", browser.path());
        browser.submit("account:sign-out");
    }

    @Test
    void repeatedWrongPasswordsAreThrottled() throws Exception {
        String email = registeredAndVerified();
        for (int i = 0; i < 6; i++) {
            browser.signIn(email, "not my password " + i);
            browser.waitForText("The e-mail address or the password is wrong.");
        }
        browser.signIn(email, PASSWORD);
        browser.waitForText("Too many failed attempts");
        assertTrue(browser.path().startsWith("/login.xhtml"));
    }

    @Test
    void badRegistrationInputGetsAClearMessageInTheUsersLanguage() throws Exception {
        browser.driver.manage().deleteAllCookies();
        browser.open("register.xhtml?lang=ro");
        browser.type("register:fullName", "Ioana Popa");
        browser.type("register:email", "not-an-address");
        browser.type("register:organisation", "ADR");
        browser.driver.findElement(By.cssSelector("#register\\:country option[value='RO']")).click();
        browser.type("register:password", "short");
        browser.click("register:privacy");
        browser.click("register:submit");
        browser.waitForText("Aceasta nu este o adresă de e-mail validă.");
        browser.type("register:email", uniqueEmail());
        browser.type("register:password", "short");
        browser.click("register:submit");
        browser.waitForText("Parola trebuie să aibă cel puțin 12 caractere.");
        browser.open("register.xhtml?lang=en");
    }

    @Test
    void landingRegisterSignInAndHomePagesHaveNoSeriousAccessibilityViolations() throws Exception {
        String email = registeredAndVerified();
        browser.driver.manage().deleteAllCookies();
        for (String page : List.of("index.xhtml", "register.xhtml", "login.xhtml", "index.xhtml?lang=ro")) {
            browser.open(page);
            assertNoSeriousViolations(page);
        }
        browser.signIn(email, PASSWORD);
        browser.text("home-trainee");
        assertNoSeriousViolations("trainee home");
        browser.submit("account:sign-out");
    }

    private static void assertNoSeriousViolations(String page) {
        assertEquals(List.of(), browser.seriousAccessibilityViolations(), page);
    }

    @Test
    void anAdministratorApprovesARoleRequestAndThePersonGainsTheRole() throws Exception {
        String email = registeredAndVerified();
        browser.signIn(email, PASSWORD);
        browser.text("home-trainee");
        browser.open("app/roles.xhtml");
        browser.driver.findElement(By.cssSelector("#request\\:role option[value='TRAINER']")).click();
        browser.type("request:motivation", "I will run the Craiova training group");
        browser.click("request:submit");
        browser.waitForText("Your request has been sent to the administrators.");
        browser.submit("account:sign-out");

        browser.signIn(PlatformDeployment.ADMIN_EMAIL, PlatformDeployment.ADMIN_PASSWORD);
        browser.text("home-admin");
        browser.open("admin/role-requests.xhtml");
        browser.driver.findElement(By.xpath("//section[.//p[contains(., '" + email + "')]]//input[@value='Approve']")).click();
        browser.waitForText("The request has been approved and the person told.");
        browser.open("admin/users.xhtml");
        browser.type("users:search", email);
        browser.click("users:find");
        browser.waitForText(email);
        assertTrue(browser.pageText().contains("Trainer"), browser.pageText());
        browser.open("admin/audit.xhtml");
        browser.type("audit:email", email);
        browser.click("audit:filter");
        browser.waitForText("Role request approved");
        browser.submit("account:sign-out");

        Outbox.await(email, "Your request was approved");
        browser.signIn(email, PASSWORD);
        assertTrue(browser.text("home-trainer").contains("training groups"));
        browser.submit("account:sign-out");
    }

    @Test
    void aPersonChoosesRomanianAndATimeZoneAndChangesThePassword() throws Exception {
        String email = registeredAndVerified();
        browser.signIn(email, PASSWORD);
        browser.text("home-trainee");
        browser.open("app/profile.xhtml?lang=en");
        browser.driver.findElement(By.cssSelector("#profile\\:language option[value='ro']")).click();
        browser.driver.findElement(By.cssSelector("#profile\\:timeZone option[value='Europe/Athens']")).click();
        browser.click("profile:submit");
        browser.waitForText("Profilul a fost salvat.");
        assertEquals("Europe/Athens", browser.driver.findElement(By.cssSelector("#profile\\:timeZone option[selected]")).getAttribute("value"));

        browser.open("app/password.xhtml");
        browser.type("password:current", "not the password at all");
        browser.type("password:new", "a new passphrase for Craiova");
        browser.type("password:confirmation", "a new passphrase for Craiova");
        browser.click("password:submit");
        browser.waitForText("Parola actuală este greșită.");
        browser.type("password:current", PASSWORD);
        browser.type("password:new", "a new passphrase for Craiova");
        browser.type("password:confirmation", "a new passphrase for Craiova");
        browser.click("password:submit");
        browser.waitForText("Parola a fost schimbată.");
        browser.submit("account:sign-out");

        browser.signIn(email, PASSWORD);
        browser.waitForText("The e-mail address or the password is wrong.");
        browser.signIn(email, "a new passphrase for Craiova");
        assertTrue(browser.text("home-trainee").contains("Bine ați venit"), "the profile's language is used after signing in");
        browser.submit("account:sign-out");
    }

    @Test
    void everyResponseCarriesSecurityHeaders() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(BASE)).build(), HttpResponse.BodyHandlers.ofString());
        List<String> policies = page.headers().allValues("Content-Security-Policy");
        assertTrue(policies.stream().anyMatch(p -> p.contains("frame-ancestors 'none'")), policies.toString());
        assertTrue(policies.stream().anyMatch(p -> p.contains("script-src 'self' 'nonce-")), policies.toString());
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(page.headers().firstValue("Referrer-Policy").isPresent());
        String cookie = page.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.contains("HttpOnly") && cookie.toLowerCase().contains("samesite=lax"), cookie);

        HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create(BASE + "api/reference/thematic-areas")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, api.statusCode());
        assertTrue(api.headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'none'"));

        HttpResponse<String> admin = http.send(HttpRequest.newBuilder(URI.create(BASE + "admin/users.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, admin.statusCode());
        assertTrue(admin.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));
    }

    @Test
    void aFormPostedWithAForgedViewStateChangesNothing() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(BASE + "forgot-password.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
        assertTrue(viewState.find(), "the form carries a view state");
        assertTrue(form.body().contains("name=\"primefaces.nonce\""), "and a nonce");
        String body = "forgot=forgot&forgot%3Aemail=victim%40example.ro&forgot%3Asubmit=Send&jakarta.faces.ViewState="
                + java.net.URLEncoder.encode("-123456789:987654321", java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create(BASE + "forgot-password.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(forged.body().contains("error-expired"), forged.body());
        assertTrue(!forged.body().contains("reset-sent"));
    }

    @Test
    void theReferenceApiRefusesAnUnknownLanguageWithAClearError() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(BASE + "api/reference/countries?lang=xx")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("unsupported_language"), response.body());
        HttpResponse<String> ro = http.send(HttpRequest.newBuilder(URI.create(BASE + "api/reference/countries?lang=ro")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(ro.body().contains("România"));
    }

    @Test
    void anAdministratorCreatesAnLrsClientWhoseSecretWorksUntilRevoked() throws Exception {
        browser.signIn(PlatformDeployment.ADMIN_EMAIL, PlatformDeployment.ADMIN_PASSWORD);
        browser.text("home-admin");
        browser.open("admin/lrs-clients.xhtml");
        browser.click("create:submit");
        browser.waitForText("Give the client a name.");
        String name = "Reporting tool " + java.util.UUID.randomUUID().toString().substring(0, 6);
        browser.type("create:name", name);
        browser.click("create:submit");
        browser.waitForText("The client has been created. Copy its secret now.");
        String key = browser.text("issued-key");
        String secret = browser.text("issued-secret");
        assertNoSeriousViolations("LRS clients");

        HttpClient http = HttpClient.newHttpClient();
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
        HttpRequest post = HttpRequest.newBuilder(URI.create(BASE + "xapi/statements"))
                .header("Authorization", basic).header("X-Experience-API-Version", "1.0.3")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"actor\":{\"mbox\":\"mailto:ana@example.ro\"},"
                        + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/experienced\"},"
                        + "\"object\":{\"id\":\"http://it.s3-learning.test/page\"}}")).build();
        assertEquals(200, http.send(post, HttpResponse.BodyHandlers.ofString()).statusCode());

        browser.open("admin/lrs-clients.xhtml");
        browser.driver.findElement(By.xpath("//tr[td[contains(., '" + name + "')]]//input[@value='Revoke']")).click();
        browser.waitForText("The client " + name + " has been revoked");
        assertEquals(401, http.send(post, HttpResponse.BodyHandlers.ofString()).statusCode());
        browser.submit("account:sign-out");
    }
}
