package eu.s3learning.core.tracking.lrs.statement;

import eu.s3learning.core.persistence.LocalTransactions;
import eu.s3learning.core.tracking.lrs.LrsError;
import eu.s3learning.xapi.Actor;
import eu.s3learning.xapi.AttachmentContent;
import eu.s3learning.xapi.Statement;
import eu.s3learning.xapi.StatementFormat;
import eu.s3learning.xapi.StatementReader;
import eu.s3learning.xapi.StatementWriter;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Stores statements, from LRS clients and from the platform itself, in the caller's transaction: a JTA transaction
 * (the platform's own, with the change they record) or a local one (an LRS client's, {@link LocalTransactions}).
 * It completes them (id, stored, authority, version), refuses a batch that repeats an id or contradicts a
 * statement already stored (409), and passes over statements already stored with the same content. The new
 * statements are announced ({@link StatementsStored}) within the transaction, so what observers write (the
 * forwarding outbox) commits with them or not at all.
 */
@ApplicationScoped
public class StatementRecording {

    private static final StatementWriter EXACT = StatementWriter.of(StatementFormat.EXACT, null);
    /**
     * The first attempt writes without looking: nearly every statement sent is new, and the unique id refuses the
     * others. After a refusal the store is asked which are known; another writer can take an id between that look
     * and our write only so often in one request.
     */
    private static final int ATTEMPTS = 4;

    @Inject
    StatementStore store;

    @Inject
    WriteWindow window;

    @Inject
    Event<StatementsStored> storedEvents;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /**
     * Stores the batch, all or nothing.
     *
     * @param personOf the platform person a statement is about, or null; for the learner's timeline and erasure
     * @param attachments the contents that came with the batch, by SHA-2
     * @return the statements' ids, in the batch's order
     */
    public List<UUID> record(List<Statement> batch, Actor authority, Long clientId, Function<Statement, Long> personOf,
            Map<String, AttachmentContent> attachments) {
        requireTransaction();
        requireDistinctIds(batch);
        Instant stored = now();
        List<Statement> completed = batch.stream().map(s -> s.completedOnStorage(stored, authority)).toList();
        Map<UUID, Statement> sentById = new java.util.HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            sentById.put(completed.get(i).id(), batch.get(i));
        }
        openWindow(stored);
        for (int attempt = 1; ; attempt++) {
            List<NewStatement> fresh = attempt == 1
                    ? completed.stream().map(s -> newStatement(s, clientId, personOf, attachments)).toList()
                    : fresh(completed, sentById, clientId, personOf, attachments);
            try {
                insert(fresh, stored);
                return completed.stream().map(Statement::id).toList();
            } catch (DuplicateStatementId raced) {
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    /**
     * Stores the writes of several LRS clients together, in one insert, each write all or nothing only together
     * with the rest ({@link StatementWrites}). Nothing is looked up first: when any statement's id is stored
     * already, or two writes hold the same id, it throws and the caller writes them one by one with
     * {@link #record}, which sorts out repeats and conflicts.
     *
     * @return each write's statement ids, in the order of the writes
     */
    public List<List<UUID>> recordTogether(List<ClientWrite> writes) {
        requireTransaction();
        Instant stored = now();
        Set<UUID> ids = new HashSet<>();
        List<NewStatement> fresh = new ArrayList<>();
        List<List<UUID>> answers = new ArrayList<>(writes.size());
        for (ClientWrite write : writes) {
            requireDistinctIds(write.statements());
            List<UUID> written = new ArrayList<>(write.statements().size());
            for (Statement sent : write.statements()) {
                Statement statement = sent.completedOnStorage(stored, write.authority());
                if (!ids.add(statement.id())) {
                    throw new IllegalStateException("Two writes of one group hold the statement id " + statement.id());
                }
                fresh.add(newStatement(statement, write.clientId(), null, write.attachments()));
                written.add(statement.id());
            }
            answers.add(written);
        }
        openWindow(stored);
        insert(fresh, stored);
        return answers;
    }

    /** What one LRS client sends in one request: statements, with the attachment contents by SHA-2. */
    public record ClientWrite(List<Statement> statements, Actor authority, Long clientId,
            Map<String, AttachmentContent> attachments) {

        public ClientWrite {
            statements = List.copyOf(statements);
            attachments = Map.copyOf(attachments);
        }
    }

    private void requireTransaction() {
        if (!LocalTransactions.active()
                && (transactions == null || transactions.getTransactionStatus() != Status.STATUS_ACTIVE)) {
            throw new IllegalStateException("Statements are stored in the caller's transaction, and there is none");
        }
    }

    private static void requireDistinctIds(List<Statement> batch) {
        Set<UUID> sent = new HashSet<>();
        for (Statement statement : batch) {
            if (statement.id() != null && !sent.add(statement.id())) {
                throw LrsError.badRequest("The batch holds two statements with the id " + statement.id());
            }
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private void insert(List<NewStatement> fresh, Instant stored) {
        store.insert(fresh);
        if (!fresh.isEmpty()) {
            storedEvents.fire(new StatementsStored(fresh.stream().map(NewStatement::statement).toList(), stored));
        }
    }

    /**
     * The statements not stored yet; a stored one with other content is a conflict. What was sent is compared, not
     * what this request completed: a timestamp this LRS filled in is not the client's.
     */
    private List<NewStatement> fresh(List<Statement> completed, Map<UUID, Statement> sentById, Long clientId,
            Function<Statement, Long> personOf, Map<String, AttachmentContent> attachments) {
        Map<UUID, StoredStatement> existing = store.byIds(completed.stream().map(Statement::id).toList());
        List<NewStatement> fresh = new ArrayList<>();
        for (Statement statement : completed) {
            StoredStatement known = existing.get(statement.id());
            if (known != null) {
                if (!StatementReader.read(known.body()).sameContentAs(sentById.get(statement.id()))) {
                    throw LrsError.conflict("A different statement is already stored with the id " + statement.id());
                }
                continue;
            }
            fresh.add(newStatement(statement, clientId, personOf, attachments));
        }
        return fresh;
    }

    private static NewStatement newStatement(Statement statement, Long clientId, Function<Statement, Long> personOf,
            Map<String, AttachmentContent> attachments) {
        return new NewStatement(statement, EXACT.text(statement), StatementIndex.of(statement), clientId,
                personOf == null ? null : personOf.apply(statement), statement.attachments().stream()
                        .map(a -> attachments.get(a.sha2())).filter(Objects::nonNull).distinct().toList());
    }

    /** Opens the write's window, closed once its transaction has ended, whichever way. */
    private void openWindow(Instant stored) {
        long ticket = window.open(stored);
        if (LocalTransactions.active()) {
            LocalTransactions.afterCompletion(committed -> window.close(ticket));
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                window.close(ticket);
            }
        });
    }
}
