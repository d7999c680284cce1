package eu.s3learning.core.tracking.lrs.statement;

import java.util.UUID;

/**
 * The conditions of a statement query, as index keys, with the page position: voided statements never match;
 * null means "any". The window {@code afterSeq < seq <= upToSeq} keeps the pages of one query stable while
 * statements keep arriving: in descending order {@code afterSeq} alone does, in ascending order {@code upToSeq}.
 *
 * @param clientId only the statements this client sent (a client that may read only its own), or null
 * @param afterSeq in ascending order, statements after this one; in descending order, before it (0: from the start)
 * @param upToSeq the newest statement an ascending query's first page could see ({@link Long#MAX_VALUE}: no bound)
 */
public record StatementFilter(Long agent, boolean relatedAgents, Long verb, Long activity, boolean relatedActivities,
        UUID registration, Long sinceMicros, Long untilMicros, Long clientId, boolean ascending, long afterSeq,
        long upToSeq) {

    /** Whether a statement may match through its target: only the agent, verb, activity and registration do. */
    public boolean matchesTargets() {
        return agent != null || verb != null || activity != null || registration != null;
    }

    public StatementFilter from(long position) {
        return new StatementFilter(agent, relatedAgents, verb, activity, relatedActivities, registration, sinceMicros,
                untilMicros, clientId, ascending, position, upToSeq);
    }
}
