package eu.s3learning.xapi;

import java.util.Objects;

/**
 * A thing interacted with: a course, a lesson, a question. The definition is what the sender knew of it; it is
 * not part of the statement when statements are compared, as the LRS keeps its own canonical definition.
 *
 * @param definition null when not sent
 */
public record Activity(Iri id, ActivityDefinition definition) implements StatementObject {

    public Activity {
        Objects.requireNonNull(id, "id");
    }
}
