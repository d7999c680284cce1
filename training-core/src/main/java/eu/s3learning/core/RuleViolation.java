package eu.s3learning.core;

import java.util.Arrays;

/**
 * A request that breaks a domain rule. It carries a message key and arguments, never
 * display text: the web layer renders it in the user's language. Being a runtime exception,
 * it rolls back the surrounding transaction, so nothing of the refused request is kept.
 */
public class RuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    public RuleViolation(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
