package eu.s3learning.core.programme.types;

import eu.s3learning.core.programme.CompletionMode;
import eu.s3learning.core.programme.UnitType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * A live session: a face-to-face training day at a venue, or an online day with a meeting link.
 * The unit says what the session is for; each cohort schedules its own sessions of it, and a
 * trainee completes the unit by being marked present at one of them.
 */
@ApplicationScoped
public class LiveSessionType implements UnitType {

    public static final String CODE = "live-session";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<CompletionMode> completionModes() {
        return List.of(CompletionMode.ATTENDED);
    }

    /** An optional description of the day (agenda, what to bring), sanitised like a page. */
    @Override
    public String acceptContent(String content) {
        return content == null || content.isBlank() ? null : PageType.sanitise(content);
    }
}
