package eu.s3learning.core.tracking.lrs.statement;

import eu.s3learning.xapi.AttachmentContent;
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
     * Stores new statements, and marks as voided what they void (and themselves, if a voiding statement for them
     * came first).
     *
     * @throws DuplicateStatementId when a statement with one of the ids is stored already; nothing of this call is
     *         stored then
     */
    void insert(List<NewStatement> statements);

    /** Up to {@code limit} statements matching the filter, in storage order or its reverse. */
    List<StoredStatement> query(StatementFilter filter, int limit);

    /** The attachment contents stored with these statements, by statement position. */
    Map<Long, List<AttachmentContent>> attachments(Collection<Long> seqs);

    /** The position of the newest statement stored so far (0 when none). */
    long latestSeq();

    /**
     * The newest statements (up to {@code limit}) that carried a definition of the activity with this key; only
     * those the client sent when {@code onlyOfClient} is given.
     */
    List<StoredStatement> defining(long activityKey, Long onlyOfClient, int limit);

    /**
     * The platform's own statements about a person (those stored with their person id), not voided, newest first:
     * {@code limit} of them after skipping {@code offset}, for the learner's timeline and their data export.
     */
    List<StoredStatement> ofPerson(long personId, int offset, int limit);

    /** How many statements {@link #ofPerson} has for the person in all. */
    long countOfPerson(long personId);

    /**
     * The statements {@link #deleteAbout} would delete, except voided ones, newest first, a page at a time: the
     * platform's own about the person and those any client sent with one of their agents as actor. What a person's
     * data export holds.
     */
    List<StoredStatement> about(long personId, Collection<Long> agentKeys, int offset, int limit);

    /** How many statements {@link #about} has in all. */
    long countAbout(long personId, Collection<Long> agentKeys);

    /** The statements, not voided, in any of these registrations (a cohort's enrolments), in storage order. */
    List<StoredStatement> inRegistrations(Collection<UUID> registrations);

    /**
     * Deletes the statements about a person: the platform's own (by person id) and any an LRS client sent with the
     * person as actor or object under any of the agents that stand for them (by their keys: the platform's account,
     * their e-mail address), with their indexes and attachments. Statements that name the person elsewhere (as
     * instructor) belong to other learners and stay.
     *
     * @return how many statements were deleted
     */
    int deleteAbout(long personId, Collection<Long> agentKeys);
}
