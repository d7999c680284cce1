package eu.s3learning.core.privacy;

import eu.s3learning.xapi.Agent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Fired, synchronously and inside the erasure's transaction, when a person's data has been erased from the
 * platform. Features that passed the person's data on observe it and say where the erasure must follow with
 * {@link #followUp}; the erasure record keeps the list for an administrator to work through. Forwarding to
 * external LRSs is meant to observe it: its outbox rows of the deleted statements go with them (their key
 * cascades), and each external LRS that already received some becomes a follow-up of kind {@value #EXTERNAL_LRS}.
 * An observer that fails makes the erasure fail as a whole, so nothing is erased without its follow-ups.
 */
public final class PersonErased {

    /** The kind of follow-up for an external LRS that received the person's statements. */
    public static final String EXTERNAL_LRS = "external-lrs";

    /** Where the erasure must follow: a kind (e.g. {@value #EXTERNAL_LRS}) and which one of that kind. */
    public record FollowUp(String kind, String target) {

        public FollowUp {
            if (kind == null || kind.isBlank() || kind.length() > ErasureFollowUp.MAX_KIND) {
                throw new IllegalArgumentException("A follow-up needs a kind of at most " + ErasureFollowUp.MAX_KIND
                        + " characters");
            }
            if (target == null || target.isBlank()) {
                throw new IllegalArgumentException("A follow-up needs a target");
            }
            target = target.length() > ErasureFollowUp.MAX_TARGET ? target.substring(0, ErasureFollowUp.MAX_TARGET)
                    : target;
        }
    }

    private final long personId;
    private final Agent account;
    private final Instant erasedAt;
    private final List<FollowUp> followUps = new ArrayList<>();

    PersonErased(long personId, Agent account, Instant erasedAt) {
        this.personId = personId;
        this.account = account;
        this.erasedAt = erasedAt;
    }

    /** Records that the erasure must also be carried out at this target. */
    public void followUp(String kind, String target) {
        followUps.add(new FollowUp(kind, target));
    }

    /** The number the person had on the platform. */
    public long personId() {
        return personId;
    }

    /** The xAPI agent the person's statements named (an account on this platform): what an external LRS knows. */
    public Agent account() {
        return account;
    }

    public Instant erasedAt() {
        return erasedAt;
    }

    public List<FollowUp> followUps() {
        return List.copyOf(followUps);
    }
}
