package eu.s3learning.core.privacy;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The platform's record that a person's data was erased: which number they had, when, by which administrator, how
 * much was removed, and where else the erasure has to be carried out. It holds nothing that says who the person
 * was, so it can be kept as proof of the erasure for as long as needed.
 */
@Entity
@Table(name = "erasure")
public class ErasureRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(name = "account_home_page", nullable = false, length = 500)
    private String accountHomePage;

    @Column(name = "erased_at", nullable = false)
    private Instant erasedAt;

    @Column(name = "erased_by", nullable = false)
    private Long erasedBy;

    @Column(name = "enrolments_withdrawn", nullable = false)
    private int enrolmentsWithdrawn;

    @Column(name = "statements_deleted", nullable = false)
    private int statementsDeleted;

    @Column(name = "learning_events_deleted", nullable = false)
    private int learningEventsDeleted;

    @Column(name = "certificates_deleted", nullable = false)
    private int certificatesDeleted;

    @Column(name = "mails_deleted", nullable = false)
    private int mailsDeleted;

    @OneToMany(mappedBy = "erasure", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("id")
    private List<ErasureFollowUp> followUps = new ArrayList<>();

    protected ErasureRecord() {
    }

    ErasureRecord(long personId, String accountHomePage, Instant erasedAt, long erasedBy, Removed removed) {
        this.personId = personId;
        this.accountHomePage = accountHomePage;
        this.erasedAt = erasedAt;
        this.erasedBy = erasedBy;
        this.enrolmentsWithdrawn = removed.enrolmentsWithdrawn();
        this.statementsDeleted = removed.statements();
        this.learningEventsDeleted = removed.learningEvents();
        this.certificatesDeleted = removed.certificates();
        this.mailsDeleted = removed.mails();
    }

    /** How much an erasure removed, for the record. */
    record Removed(int enrolmentsWithdrawn, int statements, int learningEvents, int certificates, int mails) {
    }

    void followUp(String kind, String target) {
        followUps.add(new ErasureFollowUp(this, kind, target));
    }

    public Long id() {
        return id;
    }

    public Long personId() {
        return personId;
    }

    public String accountHomePage() {
        return accountHomePage;
    }

    public Instant erasedAt() {
        return erasedAt;
    }

    public Long erasedBy() {
        return erasedBy;
    }

    public int enrolmentsWithdrawn() {
        return enrolmentsWithdrawn;
    }

    public int statementsDeleted() {
        return statementsDeleted;
    }

    public int learningEventsDeleted() {
        return learningEventsDeleted;
    }

    public int certificatesDeleted() {
        return certificatesDeleted;
    }

    public int mailsDeleted() {
        return mailsDeleted;
    }

    public List<ErasureFollowUp> followUps() {
        return List.copyOf(followUps);
    }
}
