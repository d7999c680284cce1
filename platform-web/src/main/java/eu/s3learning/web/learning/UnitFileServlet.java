package eu.s3learning.web.learning;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.progress.LearnerProgress;
import eu.s3learning.core.programme.types.UnitFile;
import eu.s3learning.core.programme.types.UnitFiles;
import eu.s3learning.web.security.SignedIn;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Downloads a file unit's document: for a trainee whose journey has the unit open, and for
 * trainers (the unit editor and the programme preview). Always as an
 * attachment with its checked type and nosniff, so no upload is ever rendered by the browser
 * on the platform's origin.
 */
@WebServlet({"/trainee/unit-file", "/trainer/unit-file"})
public class UnitFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient LearnerProgress progress;

    @Inject
    transient UnitFiles files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        SignedIn signedIn = session == null ? null : (SignedIn) session.getAttribute(SignedIn.SESSION_KEY);
        boolean trainee = request.getServletPath().startsWith("/trainee/");
        long enrolment;
        long unit;
        try {
            enrolment = trainee ? Long.parseLong(request.getParameter("enrolment")) : 0;
            unit = Long.parseLong(request.getParameter("unit"));
        } catch (NumberFormatException | NullPointerException malformed) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (signedIn == null) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        // Trainers (the container lets only them reach /trainer/) author every programme, so they may read its files.
        if (trainee) {
            try {
                if (!progress.journey(signedIn.personId(), enrolment).unlocks(unit)) {
                    response.sendError(HttpServletResponse.SC_FORBIDDEN);
                    return;
                }
            } catch (RuleViolation refused) {
                response.sendError("error.forbidden".equals(refused.messageKey()) ? HttpServletResponse.SC_FORBIDDEN
                        : HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
        UnitFile file = files.of(unit).orElse(null);
        if (file == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(file.mediaType());
        response.setContentLengthLong(file.sizeBytes());
        response.setHeader("Content-Disposition",
                "attachment; filename*=UTF-8''" + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Cache-Control", "private, no-store");
        try (InputStream in = files.open(file)) {
            in.transferTo(response.getOutputStream());
        }
    }
}
