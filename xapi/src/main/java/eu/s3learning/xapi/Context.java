package eu.s3learning.xapi;

import java.util.List;
import java.util.UUID;

/**
 * Where and with whom a statement happened, each part optional (null when not sent). The revision and platform
 * describe an activity, so they are only allowed when the statement's object is one.
 *
 * @param language an RFC 5646 language tag
 * @param contextAgents xAPI 2.0; empty when not sent
 * @param contextGroups xAPI 2.0; empty when not sent
 */
public record Context(UUID registration, Actor instructor, Group team, ContextActivities contextActivities,
        String revision, String platform, String language, StatementRef statement, Extensions extensions,
        List<ContextAgent> contextAgents, List<ContextGroup> contextGroups) {

    public Context {
        contextAgents = contextAgents == null ? List.of() : List.copyOf(contextAgents);
        contextGroups = contextGroups == null ? List.of() : List.copyOf(contextGroups);
    }
}
