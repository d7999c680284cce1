package eu.s3learning.core.programme;

import eu.s3learning.core.Text;
import eu.s3learning.core.identity.Language;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A training programme, such as the S3 training package: always three phases (preparation,
 * face-to-face, wrap-up), each holding ordered modules of ordered units. Content is authored in
 * one language; a programme in another language is another programme.
 */
@Entity
@Table(name = "programme")
public class Programme {

    public static final int MAX_TITLE = 200;
    public static final int MAX_SUMMARY = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(nullable = false, length = MAX_SUMMARY)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 5)
    private Language language;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "programme", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Phase> phases = new ArrayList<>();

    @Version
    private long version;

    protected Programme() {
    }

    public Programme(String title, String summary, Language language, Long createdBy, Instant now) {
        describe(title, summary);
        this.language = language == null ? Language.EN : language;
        this.createdBy = createdBy;
        this.createdAt = now;
        for (PhaseKind kind : PhaseKind.values()) {
            phases.add(new Phase(this, kind));
        }
    }

    public void describe(String newTitle, String newSummary) {
        this.title = Text.required(newTitle, MAX_TITLE, "error.programme.titleRequired");
        this.summary = Text.optional(newSummary, MAX_SUMMARY);
    }

    /**
     * A new programme with the same phases, modules and units, for another run or another
     * language; the unit kinds then copy what they keep outside the unit rows.
     */
    public Programme copyAs(String newTitle, Long copiedBy, Instant now) {
        Programme copy = new Programme(newTitle, summary, language, copiedBy, now);
        for (Phase phase : phases) {
            phase.copyInto(copy.phase(phase.kind()));
        }
        return copy;
    }

    public Phase phase(PhaseKind kind) {
        return phases.stream().filter(p -> p.kind() == kind).findFirst().orElseThrow();
    }

    /** The phases in the order a trainee goes through them. */
    public List<Phase> phases() {
        return phases.stream().sorted(Comparator.comparing(Phase::kind)).toList();
    }

    /** Every unit of the programme, phase by phase, in order. */
    public List<Unit> units() {
        return phases().stream().flatMap(p -> p.modules().stream()).flatMap(m -> m.units().stream()).toList();
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public Language language() {
        return language;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
