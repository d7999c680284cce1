package eu.s3learning.core.tracking.lrs.statement;

/** The database failed a statement read or write; the request fails with it and nothing is reported stored. */
public class StatementStoreFailure extends RuntimeException {

    public StatementStoreFailure(Throwable cause) {
        super("The statement store failed: " + cause.getMessage(), cause);
    }
}
