package eu.s3learning.xapi;

import java.util.Objects;

/** One person or system, identified by exactly one inverse functional identifier. */
public record Agent(String name, InverseFunctionalIdentifier identifier) implements Actor, StatementObject {

    public Agent {
        Objects.requireNonNull(identifier, "identifier");
    }
}
