package eu.s3learning.core.programme.types;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.programme.CompletionMode;
import eu.s3learning.core.programme.UnitType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** A link to material elsewhere, such as an EU S3 platform page. */
@ApplicationScoped
public class LinkType implements UnitType {

    public static final String CODE = "link";

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
        return WebAddress.check(content, "error.unit.linkInvalid");
    }
}
