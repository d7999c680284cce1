package eu.s3learning.web.calendar;

import eu.s3learning.core.scheduling.CalendarFeeds;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A person's calendar feed at {@code /calendar/<secret>.ics}, for calendar clients that cannot
 * sign in. An unknown or revoked secret gets 404, the same as any missing page.
 */
@WebServlet("/calendar/*")
public class CalendarFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CalendarFeeds feeds;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String secret = path == null || !path.endsWith(".ics") ? null : path.substring(1, path.length() - ".ics".length());
        Optional<String> feed = feeds.feed(secret);
        if (feed.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Cache-Control", "private, max-age=300");
        response.getOutputStream().write(feed.get().getBytes(StandardCharsets.UTF_8));
    }
}
