package eu.s3learning.xapi;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A statement inside a statement, e.g. what a learner "planned" to do. It is not stored on its own, so it has no
 * id, stored, version or authority, and it cannot itself contain a SubStatement.
 *
 * @param result null when not sent
 * @param context null when not sent
 * @param timestamp null when not sent
 */
public record SubStatement(Actor actor, Verb verb, StatementObject object, Result result, Context context,
        Instant timestamp, List<Attachment> attachments) implements StatementObject {

    public SubStatement {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(object, "object");
        if (object instanceof SubStatement) {
            throw new IllegalArgumentException("A SubStatement cannot contain a SubStatement");
        }
        attachments = List.copyOf(attachments);
    }
}
