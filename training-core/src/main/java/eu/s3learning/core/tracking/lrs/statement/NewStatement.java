package eu.s3learning.core.tracking.lrs.statement;

import eu.s3learning.xapi.AttachmentContent;
import eu.s3learning.xapi.Statement;
import java.util.List;

/**
 * A statement ready to be stored: completed by the LRS (id, stored, authority, version), written as JSON, indexed,
 * with the client that sent it (null for the platform's own), the platform person it is about when known (for
 * the learner's timeline and erasure), and the attachment contents that came with it.
 */
public record NewStatement(Statement statement, String body, StatementIndex index, Long clientId, Long personId,
        List<AttachmentContent> attachments) {

    public NewStatement {
        attachments = List.copyOf(attachments);
    }
}
