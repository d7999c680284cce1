package eu.s3learning.core.tracking.lrs.statement;

import eu.s3learning.xapi.Statement;
import java.time.Instant;
import java.util.List;

/**
 * Statements the LRS has just stored, completed (id, stored, authority), fired inside the storing transaction:
 * an observer that fails makes the store fail, so nothing it should have recorded is missing afterwards.
 */
public record StatementsStored(List<Statement> statements, Instant stored) {

    public StatementsStored {
        statements = List.copyOf(statements);
    }
}
