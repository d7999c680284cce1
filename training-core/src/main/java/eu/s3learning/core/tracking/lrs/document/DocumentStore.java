package eu.s3learning.core.tracking.lrs.document;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where the LRS keeps State and Profile documents; writes join the caller's transaction. */
public interface DocumentStore {

    Optional<StoredDocument> find(DocumentAddress address);

    /** The document, locked until the transaction ends, so that a check of its ETag holds until the write. */
    Optional<StoredDocument> findForUpdate(DocumentAddress address);

    /**
     * Stores a new document; false, storing nothing, when another writer has created it since it was looked for.
     * The caller's transaction goes on either way.
     */
    boolean create(DocumentAddress address, String contentType, byte[] content, String etag, Instant updated);

    /** Replaces a document that exists (read with {@link #findForUpdate} in the same transaction). */
    void replace(DocumentAddress address, String contentType, byte[] content, String etag, Instant updated);

    void delete(DocumentAddress address);

    /** Deletes every document of the address's set (all states of an activity, agent and registration). */
    void deleteAll(DocumentAddress inSet);

    /** Deletes every State and Agent Profile document kept for the agent ({@link DocumentAddress#agentKey}). */
    int deleteAllOfAgent(String agent);

    /** Every State and Agent Profile document kept for the agent, oldest change first. */
    List<AgentDocument> allOfAgent(String agent);

    /** The ids of the documents of the address's set, changed after {@code since} when it is given. */
    List<String> ids(DocumentAddress inSet, Instant since);
}
