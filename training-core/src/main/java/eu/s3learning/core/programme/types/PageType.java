package eu.s3learning.core.programme.types;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.programme.CompletionMode;
import eu.s3learning.core.programme.UnitType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * A page of rich text written in the browser. What is stored is already sanitised: headings,
 * lists, tables, links and images survive; scripts, styles, event handlers and frames do not.
 */
@ApplicationScoped
public class PageType implements UnitType {

    public static final String CODE = "page";
    /** About 60 printed pages of text; larger material belongs in a file unit. */
    public static final int MAX_HTML = 200_000;

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.TABLES)
            .and(Sanitizers.IMAGES).and(Sanitizers.LINKS)
            .and(new HtmlPolicyBuilder().allowElements("hr", "pre", "code", "figure", "figcaption").toFactory());

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<CompletionMode> completionModes() {
        return List.of(CompletionMode.VIEWED, CompletionMode.MARKED_DONE);
    }

    @Override
    public String acceptContent(String content) {
        return sanitise(content);
    }

    public static String sanitise(String html) {
        if (html == null || html.isBlank()) {
            throw new RuleViolation("error.unit.pageEmpty");
        }
        if (html.length() > MAX_HTML) {
            throw new RuleViolation("error.text.tooLong", MAX_HTML);
        }
        String safe = POLICY.sanitize(html);
        if (safe.isBlank()) {
            throw new RuleViolation("error.unit.pageEmpty");
        }
        return safe;
    }
}
