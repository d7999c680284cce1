package eu.s3learning.xapi;

/**
 * A statement the LRS must refuse with 400 Bad Request. The message names the JSON path of the offending
 * property, e.g. {@code statement.actor.mbox must be a mailto: IRI}, and is meant for the client's developer;
 * it is English on purpose, as the specification's own vocabulary is.
 */
public class InvalidStatement extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final StatementRule rule;
    private final String path;

    public InvalidStatement(StatementRule rule, String path, String problem) {
        super(path + " " + problem);
        this.rule = rule;
        this.path = path;
    }

    public StatementRule rule() {
        return rule;
    }

    /** The rule's machine code, as an LRS puts it in its error response. */
    public String code() {
        return rule.code();
    }

    public String path() {
        return path;
    }
}
