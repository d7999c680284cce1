package eu.s3learning.xapi;

import java.util.Locale;

/**
 * The kinds of xAPI 1.0.3 rule a statement can break. Each is reported with a short machine code, so an LRS
 * client (or a test) can tell why a statement was refused without parsing the message.
 */
public enum StatementRule {
    /** Not JSON, or JSON with a duplicate key. */
    MALFORMED_JSON,
    REQUIRED_PROPERTY,
    /** A key the specification does not define at that place, including one in the wrong case. */
    UNKNOWN_PROPERTY,
    /** A null value outside an extension. */
    NULL_VALUE,
    WRONG_TYPE,
    OBJECT_TYPE,
    UUID,
    IRI,
    MAILTO,
    SHA1,
    LANGUAGE_TAG,
    TIMESTAMP,
    DURATION,
    SCORE,
    VERSION,
    /** An Agent or identified Group without exactly one inverse functional identifier. */
    IDENTIFIER,
    GROUP_MEMBER,
    AUTHORITY,
    VOIDING,
    INTERACTION,
    SUB_STATEMENT,
    /** revision or platform in the context of a statement whose object is not an Activity. */
    CONTEXT,
    ATTACHMENT;

    /** The machine code, e.g. {@code language-tag}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
