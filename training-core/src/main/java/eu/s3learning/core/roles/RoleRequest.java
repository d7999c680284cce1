package eu.s3learning.core.roles;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.identity.Person;
import eu.s3learning.core.identity.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A person's request for the trainer or partner role, decided by an administrator. */
@Entity
@Table(name = "role_request")
public class RoleRequest {

    public static final int MAX_TEXT = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(name = "requested_role", nullable = false, length = 20)
    private Role requestedRole;

    @Column(nullable = false, length = MAX_TEXT)
    private String motivation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RoleRequestStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decision_note", length = MAX_TEXT)
    private String decisionNote;

    @Version
    private long version;

    protected RoleRequest() {
    }

    RoleRequest(Person person, Role role, String motivation, Instant now) {
        if (!Role.requestable().contains(role)) {
            throw new RuleViolation("error.roleRequest.notRequestable");
        }
        this.person = person;
        this.requestedRole = role;
        this.motivation = text(motivation, "error.roleRequest.motivationRequired");
        this.status = RoleRequestStatus.PENDING;
        this.createdAt = now;
    }

    void approve(long adminId, String note, Instant now) {
        decide(RoleRequestStatus.APPROVED, adminId, note == null || note.isBlank() ? null : text(note, null), now);
        person.grant(requestedRole);
    }

    void refuse(long adminId, String note, Instant now) {
        decide(RoleRequestStatus.REFUSED, adminId, text(note, "error.roleRequest.reasonRequired"), now);
    }

    private void decide(RoleRequestStatus outcome, long adminId, String note, Instant now) {
        if (status != RoleRequestStatus.PENDING) {
            throw new RuleViolation("error.roleRequest.alreadyDecided");
        }
        status = outcome;
        decidedBy = adminId;
        decisionNote = note;
        decidedAt = now;
    }

    private static String text(String value, String requiredKey) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(requiredKey);
        }
        String trimmed = value.strip();
        if (trimmed.length() > MAX_TEXT) {
            throw new RuleViolation("error.text.tooLong", MAX_TEXT);
        }
        return trimmed;
    }

    public Long id() {
        return id;
    }

    public Person person() {
        return person;
    }

    public Role requestedRole() {
        return requestedRole;
    }

    public String motivation() {
        return motivation;
    }

    public RoleRequestStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decisionNote() {
        return decisionNote;
    }
}
