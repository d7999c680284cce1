package eu.s3learning.core.tracking.xapi;

import java.util.UUID;

/**
 * Where and with whom a statement happened, each part optional (null when not sent). The revision and platform
 * describe an activity, so they are only allowed when the statement's object is one.
 *
 * @param language an RFC 5646 language tag
 */
public record Context(UUID registration, Actor instructor, Group team, ContextActivities contextActivities,
        String revision, String platform, String language, StatementRef statement, Extensions extensions) {
}
