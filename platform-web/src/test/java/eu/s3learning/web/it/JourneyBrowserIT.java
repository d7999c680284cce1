package eu.s3learning.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Multipart;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The blended journey in a real browser, as a trainer and a trainee live it: the trainer builds
 * a programme, a venue and a cohort with two face-to-face days; the trainee enrols, prepares,
 * signs up and gets the invitation; the trainer takes attendance; the trainee joins the online
 * wrap-up through the link that appears, is marked present and completes the programme.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JourneyBrowserIT {

    private static final String PASSWORD = "cluster policy in Moldova";
    private static final String BASE = System.getProperty("s3.it.base");
    private static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

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

    @Test
    void aTraineeGoesFromEnrolmentThroughBothDaysToTheOnlineWrapUp() throws Exception {
        String trainer = browser.registeredAndVerified("Mihai Trainer", "ADR Centru", PASSWORD);
        String trainee = browser.registeredAndVerified("Elena Trainee", "Cluster Agro Moldova", PASSWORD);
        String coTrainer = browser.registeredAndVerified("Ioana Cotrainer", "ADR Nord-Est", PASSWORD);
        grantTrainerRole(trainer);
        grantTrainerRole(coTrainer);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = LocalDate.now(BUCHAREST);

        browser.signIn(trainer, PASSWORD);
        browser.text("home-trainer");
        buildProgramme("S3 package " + tag);
        addVenue("Training centre " + tag);
        createCohort("S3 package " + tag, "Iași " + tag, today);
        String cohortPage = browser.path();
        addTrainer(trainee, "This person does not have the trainer role");
        addTrainer(coTrainer, "The trainer now runs this group with you.");
        assertTrue(browser.text("trainer-list").contains("Ioana Cotrainer"), browser.text("trainer-list"));
        scheduleInPerson("Day 1", today.plusDays(6), "Training centre " + tag);
        browser.driver.findElement(By.xpath("//fieldset[.//input[@name='schedule:trainers']]//label[normalize-space()='Ioana Cotrainer']")).click();
        scheduleInPerson("Day 2", today.plusDays(7), "Training centre " + tag);
        assertEquals(List.of(), browser.seriousAccessibilityViolations(), "trainer cohort page");
        browser.driver.findElement(By.xpath("//a[contains(@href,'session.xhtml') and text()='Day 2']")).click();
        assertEquals("Run by: Mihai Trainer, Ioana Cotrainer", browser.text("session-trainers"), "both run Day 2");
        browser.open(cohortPage.substring(1));
        browser.submit(browser.driver.findElement(By.xpath("//li[@class='trainer'][contains(.,'Ioana Cotrainer')]//input[@type='submit']")));
        browser.waitForText("Ioana Cotrainer still runs sessions of this group that are not over: Day 2. Give them to another trainer"
                + " on each session's page first.");
        browser.submit("account:sign-out");

        browser.signIn(trainee, PASSWORD);
        browser.text("home-trainee");
        WebElement card = browser.driver.findElement(By.xpath("//li[contains(@class,'card')][.//p[text()='Iași " + tag + "']]"));
        browser.submit(card.findElement(By.cssSelector("input.enrol")));
        browser.waitForText("You are enrolled");
        String journey = browser.path();
        assertTrue(browser.text("lock-FACE_TO_FACE").contains("Complete the online preparation first"));
        browser.submit("next-unit");
        browser.waitForText("Smart specialisation concentrates");
        browser.open(journey.substring(1));
        browser.submit("next-unit");
        HttpResponse<byte[]> document = download(browser.driver.findElement(By.id("unit-file")).getAttribute("href"));
        assertEquals(200, document.statusCode());
        assertEquals("%PDF", new String(document.body(), 0, 4, StandardCharsets.US_ASCII));
        browser.open(journey.substring(1));
        browser.submit("next-unit");
        browser.waitForText("Write down three strengths");
        browser.open(journey.substring(1));
        assertTrue(browser.text("lock-FACE_TO_FACE").contains("Complete the online preparation first"), "a unit marked done by hand is left");
        browser.submit("next-unit");
        browser.submit("done:mark-done");
        browser.waitForText("Marked as done.");
        assertTrue(browser.driver.findElements(By.id("lock-FACE_TO_FACE")).isEmpty(), "preparation done opens the sign-up");
        signUpFor("Day 1");
        giveUpPlaceAt("Day 1");
        signUpFor("Day 1");
        signUpWithoutScriptFor("Day 2");
        MimeMessage invitation = Outbox.await(trainee, "Your place is booked");
        Multipart parts = (Multipart) invitation.getContent();
        assertTrue(parts.getBodyPart(1).getContentType().startsWith("text/calendar"), parts.getBodyPart(1).getContentType());
        assertTrue(new String(parts.getBodyPart(1).getInputStream().readAllBytes()).contains("METHOD:REQUEST"));
        assertEquals(List.of(), browser.seriousAccessibilityViolations(), "journey page");
        browser.submit("account:sign-out");

        browser.signIn(trainer, PASSWORD);
        browser.open(cohortPage.substring(1));
        changeStartOf("Day 1", today.plusDays(6).atTime(10, 0), "The hall is free only from ten");
        MimeMessage change = Outbox.await(trainee, "A session you booked has changed");
        Multipart changeParts = (Multipart) change.getContent();
        assertTrue(changeParts.getBodyPart(0).getContent().toString().contains("The hall is free only from ten"));
        String update = new String(changeParts.getBodyPart(1).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(update.contains("METHOD:REQUEST") && update.contains("SEQUENCE:1"), update);
        browser.open(cohortPage.substring(1));
        markPresentAt("Day 1", "Elena Trainee");
        browser.open(cohortPage.substring(1));
        browser.submit(browser.driver.findElement(By.linkText("Day 2")));
        mark("Elena Trainee", "EXCUSED", "Excused");
        browser.submit("register:all-present");
        browser.waitForText("Everyone not yet marked is now marked present");
        assertEquals("Excused", recordedFor("Elena Trainee"), "marking everyone keeps the marks given");
        mark("Elena Trainee", "PRESENT", "Present");
        assertEquals(List.of(), browser.seriousAccessibilityViolations(), "attendance page");
        browser.open(cohortPage.substring(1));
        assertTrue(new String(download(browser.driver.findElement(By.id("export-csv")).getAttribute("href")).body(),
                StandardCharsets.UTF_8).contains("Elena Trainee,"), "the CSV export has the trainee's line");
        assertEquals("PK", new String(download(browser.driver.findElement(By.id("export-xlsx")).getAttribute("href")).body(), 0, 2,
                StandardCharsets.US_ASCII), "the XLSX export is a zip container");
        browser.submit("xapi-activity");
        String activity = browser.driver.findElement(By.xpath("//table[@id='activity']//tr[th[text()='Elena Trainee']]")).getText();
        assertTrue(activity.contains("attended"), "the xAPI activity shows the days attended: " + activity);
        assertTrue(new String(download(browser.driver.findElement(By.id("export-statements")).getAttribute("href")).body(),
                StandardCharsets.UTF_8).contains("Elena Trainee,"), "the statements' CSV names the trainee");
        assertEquals(List.of(), browser.seriousAccessibilityViolations(), "xAPI activity page");
        browser.open(cohortPage.substring(1));
        moveCohortIntoTheWrapUp(today);
        LocalDateTime soon = LocalDateTime.now(BUCHAREST).plusMinutes(10).withSecond(0).withNano(0);
        schedule("Online conclusions", "ONLINE", soon, soon.plusHours(1), null, "https://meet.jit.si/S3-" + tag, soon.minusMinutes(5));
        browser.submit("account:sign-out");

        browser.signIn(trainee, PASSWORD);
        browser.open(journey.substring(1));
        signUpFor("Online conclusions");
        WebElement link = browser.driver.findElement(By.cssSelector("a.meeting-link"));
        assertEquals("https://meet.jit.si/S3-" + tag, link.getAttribute("href"));
        browser.submit("account:sign-out");

        browser.signIn(trainer, PASSWORD);
        browser.open(cohortPage.substring(1));
        markPresentAt("Online conclusions", "Elena Trainee");
        browser.submit("account:sign-out");

        browser.signIn(trainee, PASSWORD);
        browser.open(journey.substring(1));
        assertTrue(browser.text("journey-complete").contains("completed every phase"));
        String pdf = browser.driver.findElement(By.id("certificate-download")).getAttribute("href");
        HttpResponse<byte[]> download = download(pdf);
        assertEquals(200, download.statusCode());
        assertTrue(download.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        assertEquals("%PDF", new String(download.body(), 0, 4, StandardCharsets.US_ASCII));
        String code = browser.text("certificate-code");
        browser.open("trainee/journey.xhtml?enrolment=not-a-number");
        browser.waitForText("There is no page at this address.");
        browser.open(journey.substring(1));
        browser.submit("certificate-verify");
        assertTrue(browser.text("certificate-valid").contains("Elena Trainee"));
        browser.submit("account:sign-out");

        browser.signIn(trainer, PASSWORD);
        browser.open(cohortPage.substring(1));
        WebElement row = browser.driver.findElement(By.xpath("//tr[contains(@class,'enrolment')][.//td[contains(., 'Elena Trainee')]]"));
        row.findElement(By.cssSelector("input[id$='reason']")).sendKeys("Signed the attendance sheet for someone else");
        browser.submit(row.findElement(By.cssSelector("input.revoke")));
        browser.waitForText("The certificate was revoked");
        browser.submit("account:sign-out");
        browser.open("certificate.xhtml?code=" + code);
        assertTrue(browser.text("certificate-revoked").contains("no longer valid"));
        browser.open("certificate.xhtml?code=S3-0000-0000-0000");
        assertTrue(browser.text("certificate-unknown").contains("No certificate has this code"));
    }

    /** Fetches what a link points to with the browser's session, as a download would. */
    private static HttpResponse<byte[]> download(String address) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address))
                .header("Cookie", "JSESSIONID=" + browser.driver.manage().getCookieNamed("JSESSIONID").getValue()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private void grantTrainerRole(String email) {
        browser.signIn(PlatformDeployment.ADMIN_EMAIL, PlatformDeployment.ADMIN_PASSWORD);
        browser.text("home-admin");
        browser.open("admin/users.xhtml");
        browser.type("users:search", email);
        browser.submit("users:find");
        browser.waitForText(email);
        browser.submit(browser.driver.findElement(By.xpath("//tr[.//td[contains(., '" + email + "')]]//input[@value='Change roles']")));
        browser.text("roles:save");
        browser.driver.findElement(By.cssSelector("#roles input[value='TRAINER']")).click();
        browser.submit("roles:save");
        browser.waitForText("The roles have been changed.");
        browser.submit("account:sign-out");
    }

    /** On the cohort page: adds a trainer by address (one without the trainer role is refused) and waits for the answer. */
    private void addTrainer(String email, String answer) {
        browser.type("trainers:trainer-email", email);
        browser.submit("trainers:add-trainer");
        browser.waitForText(answer);
    }

    private void buildProgramme(String title) throws Exception {
        browser.open("trainer/programmes.xhtml");
        browser.type("programme:title", title);
        browser.submit("programme:submit");
        browser.waitForText("three phases");
        addModule("PREPARATION", "The S3 concept");
        addUnit("PREPARATION", "page", "What smart specialisation is", "<p>Smart specialisation concentrates resources.</p>");
        addUnit("PREPARATION", "file", "Regional SWOT template", "");
        editUnit("Regional SWOT template", () -> {
            browser.driver.findElement(By.id("upload:file")).sendKeys(document().toString());
            browser.submit("upload:send");
            browser.waitForText("The document was stored.");
        });
        addUnit("PREPARATION", "page", "Your region's strengths", "<p>Write down three strengths of your region.</p>");
        editUnit("Your region's strengths", () -> {
            new Select(browser.driver.findElement(By.id("unit:completion"))).selectByValue("MARKED_DONE");
            browser.submit("unit:save");
            browser.waitForText("The unit was saved.");
        });
        addModule("FACE_TO_FACE", "Two days");
        addUnit("FACE_TO_FACE", "live-session", "Day 1", "");
        addUnit("FACE_TO_FACE", "live-session", "Day 2", "");
        assertEquals(List.of("Day 2", "Day 1"), drag("Day 2", "Day 1"), "a unit dragged onto another takes its place");
        assertEquals(List.of("Day 1", "Day 2"), drag("Day 2", "Day 1"), "and dragged onto the next one, goes after it");
        addModule("WRAP_UP", "Conclusions");
        addUnit("WRAP_UP", "live-session", "Online conclusions", "");
        previewAsATrainee();
    }

    /** The programme as trainees see it, unit after unit, from its editor. */
    private void previewAsATrainee() throws Exception {
        String editor = browser.path();
        browser.submit("preview");
        assertTrue(browser.text("preview-notice").contains("Nothing you open here is recorded."));
        browser.submit("preview-next");
        assertTrue(browser.text("unit-content").contains("Smart specialisation concentrates resources."));
        browser.submit("preview-next");
        assertTrue(browser.text("unit-heading").contains("Regional SWOT template"));
        assertEquals("%PDF", new String(download(browser.driver.findElement(By.id("unit-file")).getAttribute("href")).body(), 0, 4,
                StandardCharsets.US_ASCII), "the trainer gets the document the trainees will");
        browser.submit("preview-next");
        assertTrue(browser.text("unit-content").contains("Write down three strengths"));
        assertTrue(browser.text("mark-done-hint").contains("Trainees press this button"));
        assertEquals(List.of(), browser.seriousAccessibilityViolations(), "programme preview");
        browser.open(editor.substring(1));
    }

    /** Opens a unit's editor from the programme page, does the step and comes back. */
    private void editUnit(String title, Runnable step) {
        String programme = browser.path();
        browser.submit(browser.driver.findElement(By.linkText(title)));
        step.run();
        browser.open(programme.substring(1));
    }

    /** A small PDF file to upload, as a trainer's computer has one. */
    private static java.nio.file.Path document() {
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempDirectory("unit-file").resolve("SWOT template.pdf");
            java.nio.file.Files.writeString(file, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
                    StandardCharsets.US_ASCII);
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Drags one unit of the face-to-face module onto another, as the mouse does; returns the new order. */
    private List<String> drag(String moved, String target) {
        By unit = By.cssSelector("#phase-FACE_TO_FACE li[data-unit] > a");
        WebElement from = browser.driver.findElement(By.xpath("//section[@id='phase-FACE_TO_FACE']//li[@data-unit][a[text()='" + moved + "']]"));
        WebElement onto = browser.driver.findElement(By.xpath("//section[@id='phase-FACE_TO_FACE']//li[@data-unit][a[text()='" + target + "']]"));
        browser.submitByScript("const dt = new DataTransfer();"
                + "arguments[0].dispatchEvent(new DragEvent('dragstart', {bubbles: true, dataTransfer: dt}));"
                + "arguments[1].dispatchEvent(new DragEvent('dragover', {bubbles: true, cancelable: true, dataTransfer: dt}));"
                + "arguments[1].dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: dt}));", from, onto);
        browser.waitForText("The order was saved.");
        return browser.driver.findElements(unit).stream().map(WebElement::getText).toList();
    }

    private void addModule(String phase, String title) {
        browser.driver.findElement(By.cssSelector("#phase-" + phase + " input[id$='module-title']")).sendKeys(title);
        browser.submit(browser.driver.findElement(By.cssSelector("#phase-" + phase + " input[id$='add-module']")));
        browser.waitForText("The module was added.");
    }

    private void addUnit(String phase, String type, String title, String content) {
        new Select(browser.driver.findElement(By.cssSelector("#phase-" + phase + " select[id$='unit-type']"))).selectByValue(type);
        browser.driver.findElement(By.cssSelector("#phase-" + phase + " input[id$='unit-title']")).sendKeys(title);
        browser.driver.findElement(By.cssSelector("#phase-" + phase + " textarea[id$='unit-content']")).sendKeys(content);
        browser.submit(browser.driver.findElement(By.cssSelector("#phase-" + phase + " input[id$='add-unit']")));
        browser.waitForText("The unit was added.");
    }

    private void addVenue(String name) {
        browser.open("trainer/venues.xhtml");
        browser.type("venue:name", name);
        browser.type("venue:address", "Bulevardul Carol I 11, Iași");
        browser.submit("venue:submit");
        browser.waitForText("The venue was added.");
        WebElement card = browser.driver.findElement(By.xpath("//li[contains(@class,'card')][.//h2[text()='" + name + "']]"));
        card.findElement(By.cssSelector("input[placeholder='Room name']")).sendKeys("Main hall");
        card.findElement(By.cssSelector("input[type='number']")).sendKeys("20");
        browser.submit(card.findElement(By.cssSelector("input[value='Add room']")));
        browser.waitForText("The room was added.");
    }

    private void createCohort(String programme, String name, LocalDate today) {
        browser.open("trainer/cohort-new.xhtml");
        new Select(browser.driver.findElement(By.id("cohort:programme"))).selectByVisibleText(programme);
        browser.type("cohort:name", name);
        fillDates("cohort", today.plusDays(5).atTime(18, 0), today.minusDays(1).atTime(9, 0), today.plusDays(5).atTime(20, 0),
                today.plusDays(6), today.plusDays(7), today.plusDays(9).atTime(9, 0), today.plusDays(40).atTime(18, 0));
        browser.submit("cohort:submit");
        browser.waitForText("The training group was created.");
    }

    /** The trainer moves the cohort's dates so that both days lie behind and the wrap-up is open now. */
    private void moveCohortIntoTheWrapUp(LocalDate today) {
        browser.driver.findElement(By.cssSelector("#edit-plan summary")).click();
        fillDates("plan", today.minusDays(8).atTime(18, 0), today.minusDays(20).atTime(9, 0), today.minusDays(8).atTime(20, 0),
                today.minusDays(6), today.minusDays(5), today.minusDays(1).atTime(9, 0), today.plusDays(40).atTime(18, 0));
        browser.submit("plan:submit");
        browser.waitForText("The group was changed");
    }

    private void fillDates(String form, LocalDateTime enrolmentCloses, LocalDateTime prepOpens, LocalDateTime prepCloses,
            LocalDate first, LocalDate second, LocalDateTime wrapOpens, LocalDateTime wrapCloses) {
        browser.setValue(browser.driver.findElement(By.id(form + ":enrolmentCloses")), LOCAL.format(enrolmentCloses));
        browser.setValue(browser.driver.findElement(By.id(form + ":preparationOpens")), LOCAL.format(prepOpens));
        browser.setValue(browser.driver.findElement(By.id(form + ":preparationCloses")), LOCAL.format(prepCloses));
        browser.setValue(browser.driver.findElement(By.id(form + ":firstDay")), first.toString());
        browser.setValue(browser.driver.findElement(By.id(form + ":secondDay")), second.toString());
        browser.setValue(browser.driver.findElement(By.id(form + ":wrapUpOpens")), LOCAL.format(wrapOpens));
        browser.setValue(browser.driver.findElement(By.id(form + ":wrapUpCloses")), LOCAL.format(wrapCloses));
    }

    private void scheduleInPerson(String unit, LocalDate day, String venue) {
        schedule(unit, "IN_PERSON", day.atTime(9, 0), day.atTime(17, 0), venue, null, day.minusDays(1).atTime(12, 0));
    }

    private void schedule(String unit, String mode, LocalDateTime starts, LocalDateTime ends, String venue, String link,
            LocalDateTime deadline) {
        new Select(browser.driver.findElement(By.id("schedule:unit"))).selectByVisibleText(unit);
        new Select(browser.driver.findElement(By.id("schedule:mode"))).selectByValue(mode);
        browser.type("schedule:title", unit);
        browser.setValue(browser.driver.findElement(By.id("schedule:starts")), LOCAL.format(starts));
        browser.setValue(browser.driver.findElement(By.id("schedule:ends")), LOCAL.format(ends));
        if (venue != null) {
            new Select(browser.driver.findElement(By.id("schedule:room"))).selectByVisibleText(venue + " – Main hall (20)");
        }
        if (link != null) {
            browser.type("schedule:meeting", link);
        }
        browser.type("schedule:capacity", "20");
        browser.setValue(browser.driver.findElement(By.id("schedule:deadline")), LOCAL.format(deadline));
        browser.submit("schedule:submit");
        browser.waitForText("The session was planned.");
    }

    /** Through the page's script: the row changes in place and says so next to the table. */
    private void signUpFor(String unit) {
        WebElement table = sessionsOf(unit);
        table.findElement(By.cssSelector(".sign-up")).click();
        awaitNotice(table, "Your place is booked.");
        assertEquals("Booked", table.findElement(By.cssSelector(".seat-status")).getText());
        assertEquals(browser.driver.switchTo().activeElement(), table.findElement(By.cssSelector(".leave")),
                "the keyboard stays on the row, now on its Give up button");
    }

    private void giveUpPlaceAt(String unit) {
        WebElement table = sessionsOf(unit);
        table.findElement(By.cssSelector(".leave")).click();
        awaitNotice(table, "You have given up your place.");
        assertEquals("Not signed up", table.findElement(By.cssSelector(".seat-status")).getText());
    }

    /** The form's own post, which the buttons fall back to without the script: the page comes back with the message. */
    private void signUpWithoutScriptFor(String unit) {
        browser.submitByScript("arguments[0].form.requestSubmit(arguments[0])", sessionsOf(unit).findElement(By.cssSelector("input.sign-up")));
        browser.waitForText("Your place is booked.");
        assertEquals("Booked", sessionsOf(unit).findElement(By.cssSelector(".seat-status")).getText());
    }

    private WebElement sessionsOf(String unit) {
        return browser.driver.findElement(By.xpath("//table[caption[contains(., '" + unit + "')]]"));
    }

    private void awaitNotice(WebElement table, String expected) {
        WebElement notice = table.findElement(By.xpath("preceding-sibling::div[contains(@class,'seat-notice')]"));
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> notice.getText().startsWith(expected));
    }

    /** On the session's page: a change of time is refused without a reason, then made with one. */
    private void changeStartOf(String session, LocalDateTime starts, String reason) {
        browser.submit(browser.driver.findElement(By.linkText(session)));
        browser.waitForText("Change the session");
        browser.setValue(browser.driver.findElement(By.id("change:starts")), LOCAL.format(starts));
        browser.submit("change:submit");
        browser.waitForText("Please say why the session changes");
        browser.type("change:reason", reason);
        browser.submit("change:submit");
        browser.waitForText("The session was changed.");
        assertTrue(browser.driver.findElement(By.cssSelector("p.lead")).getText().contains("10:00"),
                browser.driver.findElement(By.cssSelector("p.lead")).getText());
        assertEquals(List.of(), browser.seriousAccessibilityViolations(), "session page with its change form");
    }

    private void markPresentAt(String session, String trainee) {
        browser.submit(browser.driver.findElement(By.linkText(session)));
        mark(trainee, "PRESENT", "Present");
    }

    /** On a session's page: one button of the trainee's row, and the mark it records. */
    private void mark(String trainee, String status, String shown) {
        browser.waitForText("Attendance");
        WebElement row = browser.driver.findElement(By.xpath("//tr[contains(@class,'attendee')][th[text()='" + trainee + "']]"));
        browser.submit(row.findElement(By.cssSelector("input.mark-" + status)));
        browser.waitForText("Attendance saved.");
        assertEquals(shown, recordedFor(trainee));
    }

    private String recordedFor(String trainee) {
        return browser.driver.findElement(By.xpath("//tr[contains(@class,'attendee')][th[text()='" + trainee + "']]/td[@class='recorded']"))
                .getText();
    }
}
