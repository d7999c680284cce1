package eu.s3learning.core.privacy;

import eu.s3learning.core.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Somewhere else the person's data went and the erasure must follow, e.g. an external LRS that was sent their
 * statements (kind {@value PersonErased#EXTERNAL_LRS}, target its name). An administrator carries it out there
 * and marks it done.
 */
@Entity
@Table(name = "erasure_follow_up")
public class ErasureFollowUp {

    public static final int MAX_KIND = 40;
    public static final int MAX_TARGET = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "erasure_id")
    private ErasureRecord erasure;

    @Column(nullable = false, length = MAX_KIND)
    private String kind;

    @Column(nullable = false, length = MAX_TARGET)
    private String target;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "done_by")
    private Long doneBy;

    protected ErasureFollowUp() {
    }

    ErasureFollowUp(ErasureRecord erasure, String kind, String target) {
        this.erasure = erasure;
        this.kind = kind;
        this.target = target;
    }

    void done(long adminId, Instant at) {
        if (doneAt != null) {
            throw new RuleViolation("error.erasure.followUpDone");
        }
        doneAt = at;
        doneBy = adminId;
    }

    public Long id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public String target() {
        return target;
    }

    public boolean done() {
        return doneAt != null;
    }

    public Instant doneAt() {
        return doneAt;
    }
}
