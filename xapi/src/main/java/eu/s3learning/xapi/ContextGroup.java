package eu.s3learning.xapi;

import java.util.List;
import java.util.Objects;

/**
 * xAPI 2.0: a Group that took part in the statement's context in a role the relevant types name.
 *
 * @param relevantTypes empty when not sent
 */
public record ContextGroup(Group group, List<Iri> relevantTypes) {

    public ContextGroup {
        Objects.requireNonNull(group, "group");
        relevantTypes = List.copyOf(relevantTypes);
    }
}
