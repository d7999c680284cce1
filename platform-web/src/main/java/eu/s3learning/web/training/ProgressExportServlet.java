package eu.s3learning.web.training;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.cohort.Cohort;
import eu.s3learning.core.cohort.CohortAccess;
import eu.s3learning.core.cohort.Cohorts;
import eu.s3learning.core.identity.People;
import eu.s3learning.core.progress.LearnerProgress;
import eu.s3learning.core.progress.ProgressExport;
import eu.s3learning.web.i18n.Texts;
import eu.s3learning.web.security.SignedIn;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;

/** A cohort's progress matrix as CSV or XLSX, for its trainers, in the trainer's language. */
@WebServlet("/trainer/progress-export")
public class ProgressExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> HEADINGS = Map.of("name", "field.fullName", "email", "field.email",
            "organisation", "field.organisation");

    @Inject
    transient Cohorts cohorts;

    @Inject
    transient CohortAccess access;

    @Inject
    transient LearnerProgress progress;

    @Inject
    transient People people;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        SignedIn signedIn = session == null ? null : (SignedIn) session.getAttribute(SignedIn.SESSION_KEY);
        String format = request.getParameter("format");
        Cohort cohort;
        try {
            cohort = cohorts.byId(Long.parseLong(request.getParameter("cohort")));
        } catch (NumberFormatException | RuleViolation unknown) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!"csv".equals(format) && !"xlsx".equals(format)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (signedIn == null || !access.mayRun(cohort, signedIn.personId())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        ResourceBundle bundle = ResourceBundle.getBundle(Texts.BUNDLE, people.byId(signedIn.personId()).orElseThrow().locale());
        Function<String, String> words = word -> bundle.getString(HEADINGS.containsKey(word) ? HEADINGS.get(word)
                : bundle.containsKey("phase." + word) ? "phase." + word
                : bundle.containsKey("journey.phase." + word) ? "journey.phase." + word : "matrix." + word);
        String file = "progress-" + cohort.id() + "." + format;
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        if ("csv".equals(format)) {
            response.setContentType("text/csv; charset=UTF-8");
            ProgressExport.csv(progress.ofCohort(cohort), words, response.getOutputStream());
        } else {
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            ProgressExport.xlsx(progress.ofCohort(cohort), words, response.getOutputStream());
        }
    }
}
