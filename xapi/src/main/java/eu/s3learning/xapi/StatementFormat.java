package eu.s3learning.xapi;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The forms in which the Statement Resource returns statements, chosen by its {@code format} parameter. */
public enum StatementFormat {
    /** Agents, Groups, Activities and Verbs as they were received. */
    EXACT,
    /** Agents and Groups reduced to their identifier (anonymous Groups to their members), Activities and Verbs to id. */
    IDS,
    /** Activity and Verb language maps reduced to the one language the reader prefers; Agents and Groups exact. */
    CANONICAL;

    /** The parameter's value, as spelled in the specification: {@code exact}, {@code ids} or {@code canonical}. */
    public static Optional<StatementFormat> byParameter(String value) {
        return Arrays.stream(values()).filter(format -> format.name().toLowerCase(Locale.ROOT).equals(value))
                .findFirst();
    }
}
