package eu.s3learning.core.tracking.lrs.statement;

/** A statement with one of the ids to be stored is stored already: sent before, or by another writer meanwhile. */
public class DuplicateStatementId extends RuntimeException {

    public DuplicateStatementId(Throwable cause) {
        super("A statement with this id was stored meanwhile", cause);
    }
}
