package eu.s3learning.web.certificate;

import eu.s3learning.core.certificate.Certificate;
import eu.s3learning.core.certificate.CertificateDocument;
import eu.s3learning.core.certificate.Certificates;
import eu.s3learning.core.cohort.CohortAccess;
import eu.s3learning.web.security.SignedIn;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * The certificate as a PDF in its holder's language: for the holder, and for the cohort's
 * trainers. A revoked certificate is not handed out any more.
 */
@WebServlet({"/trainee/certificate", "/trainer/certificate"})
public class CertificateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Certificates certificates;

    @Inject
    transient CohortAccess access;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        SignedIn signedIn = session == null ? null : (SignedIn) session.getAttribute(SignedIn.SESSION_KEY);
        Certificate certificate;
        try {
            certificate = certificates.of(Long.parseLong(request.getParameter("enrolment"))).orElse(null);
        } catch (NumberFormatException malformed) {
            certificate = null;
        }
        if (certificate == null || certificate.revoked()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long holder = certificate.enrolment().person().id();
        if (signedIn == null || holder != signedIn.personId() && !access.mayRun(certificate.enrolment().cohort(), signedIn.personId())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        byte[] pdf = CertificateDocument.write(certificate, certificates.verificationLink(certificate),
                certificate.enrolment().person().locale());
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"certificate-" + certificate.code() + ".pdf\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
