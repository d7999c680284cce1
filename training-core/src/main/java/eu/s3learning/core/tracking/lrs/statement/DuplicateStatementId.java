package eu.s3learning.core.tracking.lrs.statement;

/** Another writer stored a statement with the same id between our look and our write. */
public class DuplicateStatementId extends RuntimeException {

    public DuplicateStatementId(Throwable cause) {
        super("A statement with this id was stored meanwhile", cause);
    }
}
