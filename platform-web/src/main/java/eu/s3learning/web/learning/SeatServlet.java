package eu.s3learning.web.learning;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.scheduling.LiveSession;
import eu.s3learning.core.scheduling.LiveSessionSettings;
import eu.s3learning.core.scheduling.Seat;
import eu.s3learning.core.scheduling.SeatBooking;
import eu.s3learning.core.scheduling.SeatStatus;
import eu.s3learning.core.scheduling.SessionMode;
import eu.s3learning.core.scheduling.Sessions;
import eu.s3learning.core.scheduling.SignUpOutcome;
import eu.s3learning.core.scheduling.SignUpQueue;
import eu.s3learning.web.i18n.LocaleSelection;
import eu.s3learning.web.i18n.Texts;
import eu.s3learning.web.security.SignedIn;
import eu.s3learning.xapi.Jsonp;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

/**
 * Signing up for a live session and giving the place up, for the journey page's script
 * ({@code seats.js}): the answer is the row's new state as JSON, so the page changes in place
 * instead of being rendered again. When many trainees press "Sign up" at once that render was
 * most of each request's cost. Without the script the page's buttons post the form to
 * {@link JourneyView}, which applies the same rules.
 *
 * <p>POST {@code action=sign-up&session=<id>} or {@code action=leave&seat=<id>}, with the
 * sign-in's script token in the {@value SignedIn#SCRIPT_TOKEN_HEADER} header. Answers 200 with
 * the seat, 409 with the refusal of a broken rule, 403 without a valid token or for another
 * person's place, 404 for an unknown session or place, 400 for a malformed request and 413 for
 * an oversized one; every answer but 200 changes nothing.
 */
@WebServlet("/trainee/seats")
public class SeatServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** The form has two short fields; anything longer is not from the page. */
    private static final int MAX_BODY = 1024;

    @Inject
    transient SignUpQueue signUps;

    @Inject
    transient SeatBooking booking;

    @Inject
    transient Sessions sessions;

    @Inject
    transient LiveSessionSettings settings;

    @Inject
    transient LocaleSelection language;

    @Inject
    transient Clock clock;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY) {
            refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "error.request.tooLarge");
            return;
        }
        SignedIn signedIn = SignedIn.byScript(request);
        if (signedIn == null) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "error.request.stale");
            return;
        }
        String action = request.getParameter("action");
        Long id = idOf(request.getParameter("sign-up".equals(action) ? "session" : "seat"));
        if (id == null || !("sign-up".equals(action) || "leave".equals(action))) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, "error.request.malformed");
            return;
        }
        try {
            if ("sign-up".equals(action)) {
                SignUpOutcome booked = signUps.signUp(signedIn.personId(), id);
                Seat seat = booked.seat();
                answer(response, seat, booked.placesLeft(),
                        seat.status() == SeatStatus.SEATED ? "journey.session.seated" : "journey.session.waitlisted");
            } else {
                Seat left = booking.leave(signedIn.personId(), id);
                answer(response, left, sessions.placesLeft(left.session()), "journey.session.left");
            }
        } catch (RuleViolation refused) {
            String key = refused.messageKey();
            int status = "error.forbidden".equals(key) ? HttpServletResponse.SC_FORBIDDEN
                    : key.endsWith(".unknown") ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_CONFLICT;
            write(response, status, Jsonp.PROVIDER.createObjectBuilder().add("error", key)
                    .add("message", Texts.text(language.getLocale(), key, refused.arguments())));
        }
    }

    /** The row as the journey page would now render it; a sign-up's booking counted the places left already. */
    private void answer(HttpServletResponse response, Seat seat, long placesLeft, String messageKey) throws IOException {
        LiveSession session = seat.session();
        Locale locale = language.getLocale();
        Instant now = clock.instant();
        String meetingLink = seat.meetingLinkAt(now, settings.linkLead());
        JsonObjectBuilder row = Jsonp.PROVIDER.createObjectBuilder()
                .add("seat", seat.id())
                .add("outcome", seat.status().name())
                .add("status", Texts.text(locale, "seat." + (seat.status() == SeatStatus.LEFT ? "NONE" : seat.status().name())))
                .add("message", Texts.text(locale, messageKey))
                .add("places", placesLeft + " / " + session.capacity())
                .add("signUpOpen", session.signupOpenAt(now));
        if (meetingLink != null) {
            row.add("meetingUrl", meetingLink).add("meetingLabel", Texts.text(locale, "session.join"));
        } else if (seat.status() == SeatStatus.SEATED && session.mode() == SessionMode.ONLINE) {
            row.add("meetingHint", Texts.text(locale, "session.linkLater", settings.linkLead().toMinutes()));
        }
        write(response, HttpServletResponse.SC_OK, row);
    }

    private void refuse(HttpServletResponse response, int status, String key) throws IOException {
        write(response, status, Jsonp.PROVIDER.createObjectBuilder().add("error", key).add("message", Texts.text(language.getLocale(), key)));
    }

    private static void write(HttpServletResponse response, int status, JsonObjectBuilder body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        try (Writer out = response.getWriter()) {
            Jsonp.PROVIDER.createWriter(out).write(body.build());
        }
    }

    private static Long idOf(String value) {
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException malformed) {
            return null;
        }
    }
}
