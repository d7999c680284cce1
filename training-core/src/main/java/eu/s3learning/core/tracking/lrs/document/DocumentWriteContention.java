package eu.s3learning.core.tracking.lrs.document;

/**
 * The database chose a document write as the victim of a deadlock and rolled its whole transaction back. Writers
 * that create the same document at once can meet that way on MariaDB: each failed insert keeps a shared lock on the
 * row the first writer made, and each then asks to lock it for writing. Nothing of the request is left, so it may
 * be made again from the start.
 */
public class DocumentWriteContention extends RuntimeException {

    private static final long serialVersionUID = 1L;

    DocumentWriteContention(Throwable cause) {
        super("The document write met another one creating the same document and was rolled back", cause);
    }
}
