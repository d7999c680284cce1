package eu.s3learning.core.tracking.lrs.document;

import eu.s3learning.core.identity.Secrets;
import eu.s3learning.core.tracking.lrs.IndexHash;

/**
 * Where a document lives: the set it belongs to (the state of one activity, agent and registration; the profiles
 * of one activity; the profiles of one agent), and its id within that set.
 *
 * @param scope the set's name as text, e.g. {@code state <activity> <agent> <registration>}
 * @param agent the agent the document is kept for, as {@link IndexHash#identifying} names it; null for activity
 *     profiles
 */
public record DocumentAddress(DocumentKind kind, String scope, String documentId, String agent) {

    /** The key of the agent, for finding all documents kept for one person; null for activity profiles. */
    public Long agentKey() {
        return agent == null ? null : IndexHash.of(agent);
    }

    /** The key of the set, for listing its documents or deleting all states at once. */
    public long scopeKey() {
        return IndexHash.of(kind + " " + scope);
    }

    /** The key of the document itself, unique in the store. */
    public String key() {
        return Secrets.digest(kind + " " + scope + "\n" + documentId);
    }
}
