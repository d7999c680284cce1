package eu.s3learning.xapi;

import java.util.Objects;
import java.util.UUID;

/** A pointer to another statement by its id, e.g. the one a voiding statement voids. */
public record StatementRef(UUID id) implements StatementObject {

    public StatementRef {
        Objects.requireNonNull(id, "id");
    }
}
