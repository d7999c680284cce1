package eu.s3learning.xapi;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An xAPI statement: actor, verb, object, and what else was sent. The properties the LRS assigns (id, stored,
 * authority, version, and the timestamp when none was sent) are null until {@link #completedOnStorage} fills
 * them in.
 */
public record Statement(UUID id, Actor actor, Verb verb, StatementObject object, Result result, Context context,
        Instant timestamp, Instant stored, Actor authority, String version, List<Attachment> attachments) {

    /** The version an LRS gives a statement that names none. */
    public static final String DEFAULT_VERSION = "1.0.0";

    public Statement {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(object, "object");
        attachments = List.copyOf(attachments);
    }

    /**
     * The statement as the LRS stores it: its own id or a new one, stored now, the timestamp it was sent with or
     * else the stored time, the authority the credentials stand for (an LRS overwrites whatever authority a client
     * claims), and its version or else 1.0.0.
     */
    public Statement completedOnStorage(Instant storedAt, Actor storingAuthority) {
        Objects.requireNonNull(storedAt, "storedAt");
        Objects.requireNonNull(storingAuthority, "storingAuthority");
        return new Statement(id == null ? UUID.randomUUID() : id, actor, verb, object, result, context,
                timestamp == null ? storedAt : timestamp, storedAt, storingAuthority,
                version == null ? DEFAULT_VERSION : version, attachments);
    }

    /** Whether this statement voids another: its verb is "voided" (the reader has checked its object then). */
    public boolean isVoiding() {
        return verb.id().equals(Verb.VOIDED);
    }

    /**
     * Whether another statement has the same content, by the specification's comparison requirements: what the
     * LRS may assign or change (id, stored, authority, version, a missing timestamp, the timestamp's time zone),
     * activity definitions, verb displays, the order of group members and the case of an e-mail domain do not
     * count; everything else does, the result's duration as a string. An LRS answers a PUT of a known id with 204
     * when this holds and 409 when it does not.
     */
    public boolean sameContentAs(Statement other) {
        return StatementComparison.comparable(this, other);
    }
}
