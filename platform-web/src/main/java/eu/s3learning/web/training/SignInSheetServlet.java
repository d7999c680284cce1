package eu.s3learning.web.training;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.cohort.CohortAccess;
import eu.s3learning.core.identity.People;
import eu.s3learning.core.identity.Person;
import eu.s3learning.core.mail.MailTemplates;
import eu.s3learning.core.scheduling.LiveSession;
import eu.s3learning.core.scheduling.SeatStatus;
import eu.s3learning.core.scheduling.SessionNotices;
import eu.s3learning.core.scheduling.Sessions;
import eu.s3learning.core.scheduling.SignInSheet;
import eu.s3learning.web.i18n.Texts;
import eu.s3learning.web.security.SignedIn;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.ResourceBundle;

/** The printable sign-in sheet (PDF) of a session, for its trainers, in the trainer's language and zone. */
@WebServlet("/trainer/sign-in-sheet")
public class SignInSheetServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Sessions sessions;

    @Inject
    transient CohortAccess access;

    @Inject
    transient People people;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession httpSession = request.getSession(false);
        SignedIn signedIn = httpSession == null ? null : (SignedIn) httpSession.getAttribute(SignedIn.SESSION_KEY);
        LiveSession session;
        try {
            session = sessions.byId(Long.parseLong(request.getParameter("session")));
        } catch (NumberFormatException | RuleViolation unknown) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (signedIn == null || !access.mayRun(session.cohort(), signedIn.personId())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Person trainer = people.byId(signedIn.personId()).orElseThrow();
        ResourceBundle words = ResourceBundle.getBundle(Texts.BUNDLE, trainer.locale());
        byte[] pdf = SignInSheet.write(session.title() + " – " + session.cohort().name(),
                MailTemplates.dateTime(session.startsAt(), trainer.locale(), trainer.timeZone()),
                SessionNotices.where(session, trainer.locale()),
                List.of("#", words.getString("field.fullName"), words.getString("field.organisation"), words.getString("attendance.signature")),
                sessions.seats(session.id(), SeatStatus.SEATED));
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"sign-in-sheet-" + session.id() + ".pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
