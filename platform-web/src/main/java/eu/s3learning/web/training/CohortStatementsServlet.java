package eu.s3learning.web.training;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.identity.People;
import eu.s3learning.core.identity.Person;
import eu.s3learning.core.tracking.activity.CohortStatements;
import eu.s3learning.core.tracking.activity.CohortStatementsCsv;
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

/**
 * A cohort's xAPI statements as CSV, one row per statement, for the cohort's own trainers and administrators, with
 * headings in the trainer's language. An unknown cohort is 404, someone else's 403.
 */
@WebServlet("/trainer/cohort-statements")
public class CohortStatementsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CohortStatements statements;

    @Inject
    transient People people;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        SignedIn signedIn = session == null ? null : (SignedIn) session.getAttribute(SignedIn.SESSION_KEY);
        if (signedIn == null) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        long cohortId;
        try {
            cohortId = Long.parseLong(request.getParameter("cohort"));
        } catch (NumberFormatException notANumber) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Person trainer = people.byId(signedIn.personId()).orElseThrow();
        List<CohortStatementsCsv.Line> lines;
        try {
            lines = statements.lines(trainer.id(), cohortId, trainer.language());
        } catch (RuleViolation refused) {
            response.sendError("error.forbidden".equals(refused.messageKey()) ? HttpServletResponse.SC_FORBIDDEN
                    : HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ResourceBundle bundle = ResourceBundle.getBundle(Texts.BUNDLE, trainer.locale());
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"statements-" + cohortId + ".csv\"");
        response.setHeader("Cache-Control", "private, no-store");
        CohortStatementsCsv.write(lines, column -> bundle.getString("statements.column." + column), response.getOutputStream());
    }
}
