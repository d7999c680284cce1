package eu.s3learning.web.account;

import eu.s3learning.core.privacy.PersonalDataExport;
import eu.s3learning.web.security.ClientAddress;
import eu.s3learning.web.security.SignedIn;
import jakarta.inject.Inject;
import eu.s3learning.xapi.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Map;

/**
 * The signed-in person's own data as one JSON download (/app/ is for signed-in people only). It takes no
 * parameter: whoever asks gets their own data and no one else's.
 */
@WebServlet("/app/personal-data")
public class PersonalDataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PersonalDataExport export;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        SignedIn signedIn = session == null ? null : (SignedIn) session.getAttribute(SignedIn.SESSION_KEY);
        if (signedIn == null) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        JsonObject data = export.of(signedIn.personId(), ClientAddress.of(request));
        response.setContentType("application/json; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"s3-personal-data.json\"");
        response.setHeader("Cache-Control", "private, no-store");
        // Indented, since people open this file to read it as well as to take it elsewhere.
        try (JsonWriter writer = Jsonp.PROVIDER.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(response.getOutputStream(), java.nio.charset.StandardCharsets.UTF_8)) {
            writer.writeObject(data);
        }
    }
}
