package eu.s3learning.core.tracking.lrs.statement;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Where the LRS keeps statements. It stores and finds; the protocol's rules (validation, conflicts, voiding
 * rules, scopes) are decided before it is called. Writes join the caller's transaction.
 */
public interface StatementStore {

    /** The statements stored under these ids, voided or not. */
    Map<UUID, StoredStatement> byIds(Collection<UUID> ids);

    /**
     * Stores statements whose ids were not found, and marks as voided what they void (and themselves, if a voiding
     * statement for them came first).
     *
     * @throws DuplicateStatementId when another writer stored one of the ids meanwhile; nothing was stored then
     */
    void insert(List<NewStatement> statements);

    /** Up to {@code limit} statements matching the filter, in storage order or its reverse. */
    List<StoredStatement> query(StatementFilter filter, int limit);

    /** The attachment contents stored with these statements, by statement position. */
    Map<Long, List<AttachmentContent>> attachments(Collection<Long> seqs);

    /** The position of the newest statement stored so far (0 when none). */
    long latestSeq();

    /** The newest statements (up to {@code limit}) that carried a definition of the activity with this key. */
    List<StoredStatement> defining(long activityKey, int limit);
}
