package eu.s3learning.core.tracking.lrs.statement;

import eu.s3learning.core.persistence.CommitLine;
import eu.s3learning.core.persistence.LocalTransactions;
import eu.s3learning.core.tracking.lrs.statement.StatementRecording.ClientWrite;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/**
 * LRS clients' statements, written in local transactions; small writes, as most clients send them (one statement
 * per request), are committed in groups. Each such request committed on its own cost the database more for the
 * commit than for the statement: three quarters of its processor time per single POST (bench/lrs-ingest). Here
 * the small writes that arrive while a group commits line up, and the next group inserts them together and
 * commits once ({@link CommitLine}); a group that fails (a statement stored already, a conflict) is written
 * again one by one, so that each request gets the answer it would have had alone. Larger batches commit on their
 * own: their statements share a commit already, and one line would make the database insert them one batch at a
 * time.
 */
@ApplicationScoped
public class StatementWrites {

    /** Writes of at most this many statements join the line. */
    static final int SMALL_WRITE = 10;
    /** The most writes one group takes, so that one commit never grows without bound. */
    static final int LARGEST_GROUP = 64;

    @Inject
    StatementRecording recording;

    @Inject
    LocalTransactions local;

    private final CommitLine<ClientWrite, List<UUID>> line = new CommitLine<>(this::together, this::alone,
            failed -> false, LARGEST_GROUP);

    /** Stores the write, all or nothing, and answers its statements' ids once committed. */
    public List<UUID> record(ClientWrite write) {
        return write.statements().size() <= SMALL_WRITE ? line.submit(write) : alone(write);
    }

    private List<List<UUID>> together(List<ClientWrite> writes) {
        return local.inTransaction(() -> recording.recordTogether(writes));
    }

    private List<UUID> alone(ClientWrite write) {
        return local.inTransaction(() -> recording.record(write.statements(), write.authority(), write.clientId(),
                null, write.attachments()));
    }
}
