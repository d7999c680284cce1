package eu.s3learning.core.cohort;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.Text;
import eu.s3learning.core.identity.Language;
import eu.s3learning.core.programme.Programme;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One run of a programme: its trainers, its places, and the calendar of its three phases: the
 * preparation window, the two face-to-face days, the wrap-up window, all in the cohort's zone.
 */
@Entity
@Table(name = "cohort")
public class Cohort {

    public static final int MAX_NAME = 200;
    public static final int MAX_CAPACITY = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "programme_id")
    private Programme programme;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 5)
    private Language language;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(nullable = false)
    private int capacity;

    @Enumerated(EnumType.STRING)
    @Column(name = "enrolment_mode", nullable = false, length = 20)
    private EnrolmentMode enrolmentMode;

    @Enumerated(EnumType.STRING)
    @Column(name = "preparation_gate", nullable = false, length = 20)
    private PreparationGate preparationGate;

    @Column(name = "enrolment_closes_at", nullable = false)
    private Instant enrolmentClosesAt;

    @Column(name = "preparation_opens_at", nullable = false)
    private Instant preparationOpensAt;

    @Column(name = "preparation_closes_at", nullable = false)
    private Instant preparationClosesAt;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "second_day", nullable = false)
    private LocalDate secondDay;

    @Column(name = "wrap_up_opens_at", nullable = false)
    private Instant wrapUpOpensAt;

    @Column(name = "wrap_up_closes_at", nullable = false)
    private Instant wrapUpClosesAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cohort_trainer", joinColumns = @JoinColumn(name = "cohort_id"))
    @Column(name = "person_id")
    private Set<Long> trainerIds = new HashSet<>();

    @Version
    private long version;

    protected Cohort() {
    }

    public Cohort(Programme programme, CohortPlan plan, long firstTrainerId, Instant now) {
        this.programme = programme;
        this.createdAt = now;
        this.trainerIds.add(firstTrainerId);
        replan(plan, 0);
    }

    /**
     * Applies a (new) plan. Refused, changing nothing: missing or reversed windows, windows that
     * overlap, face-to-face days outside the cohort or inside its preparation, wrap-up before the
     * face-to-face days, enrolment closing after the training starts, fewer places than trainees.
     */
    public void replan(CohortPlan plan, long enrolledNow) {
        String newName = Text.required(plan.name(), MAX_NAME, "error.cohort.nameRequired");
        Language newLanguage = Language.ofTag(plan.language()).orElseThrow(() -> new RuleViolation("error.language.unknown"));
        ZoneId zone = zone(plan.timeZone());
        if (plan.capacity() < 1 || plan.capacity() > MAX_CAPACITY) {
            throw new RuleViolation("error.cohort.capacity", MAX_CAPACITY);
        }
        if (plan.capacity() < enrolledNow) {
            throw new RuleViolation("error.cohort.capacityBelowEnrolment", enrolledNow);
        }
        if (plan.enrolmentMode() == null || plan.preparationGate() == null) {
            throw new RuleViolation("error.cohort.modeRequired");
        }
        if (Stream.of(plan.enrolmentCloses(), plan.preparationOpens(), plan.preparationCloses(), plan.firstDay(),
                plan.secondDay(), plan.wrapUpOpens(), plan.wrapUpCloses()).anyMatch(Objects::isNull)) {
            throw new RuleViolation("error.cohort.datesRequired");
        }
        Instant prepOpens = plan.preparationOpens().atZone(zone).toInstant();
        Instant prepCloses = plan.preparationCloses().atZone(zone).toInstant();
        Instant wrapOpens = plan.wrapUpOpens().atZone(zone).toInstant();
        Instant wrapCloses = plan.wrapUpCloses().atZone(zone).toInstant();
        Instant firstDayStarts = plan.firstDay().atStartOfDay(zone).toInstant();
        Instant secondDayStarts = plan.secondDay().atStartOfDay(zone).toInstant();
        if (!prepOpens.isBefore(prepCloses) || !wrapOpens.isBefore(wrapCloses) || !plan.firstDay().isBefore(plan.secondDay())) {
            throw new RuleViolation("error.cohort.windowReversed");
        }
        if (prepCloses.isAfter(wrapOpens)) {
            throw new RuleViolation("error.cohort.windowsOverlap");
        }
        LocalDate cohortStarts = plan.preparationOpens().toLocalDate();
        LocalDate cohortEnds = plan.wrapUpCloses().toLocalDate();
        if (plan.firstDay().isBefore(cohortStarts) || plan.secondDay().isAfter(cohortEnds)) {
            throw new RuleViolation("error.cohort.faceToFaceOutside");
        }
        if (firstDayStarts.isBefore(prepCloses)) {
            throw new RuleViolation("error.cohort.faceToFaceDuringPreparation");
        }
        if (wrapOpens.isBefore(secondDayStarts)) {
            throw new RuleViolation("error.cohort.wrapUpBeforeFaceToFace");
        }
        Instant enrolmentCloses = plan.enrolmentCloses().atZone(zone).toInstant();
        if (enrolmentCloses.isAfter(firstDayStarts)) {
            throw new RuleViolation("error.cohort.enrolmentClosesLate");
        }
        this.name = newName;
        this.language = newLanguage;
        this.timeZone = zone.getId();
        this.capacity = plan.capacity();
        this.enrolmentMode = plan.enrolmentMode();
        this.preparationGate = plan.preparationGate();
        this.enrolmentClosesAt = enrolmentCloses;
        this.preparationOpensAt = prepOpens;
        this.preparationClosesAt = prepCloses;
        this.firstDay = plan.firstDay();
        this.secondDay = plan.secondDay();
        this.wrapUpOpensAt = wrapOpens;
        this.wrapUpClosesAt = wrapCloses;
    }

    /** The plan as it stands, in the cohort's zone, for a form to edit. */
    public CohortPlan plan() {
        ZoneId zone = zone();
        return new CohortPlan(name, language.tag(), timeZone, capacity, enrolmentMode, preparationGate,
                local(enrolmentClosesAt, zone), local(preparationOpensAt, zone), local(preparationClosesAt, zone),
                firstDay, secondDay, local(wrapUpOpensAt, zone), local(wrapUpClosesAt, zone));
    }

    private static LocalDateTime local(Instant instant, ZoneId zone) {
        return LocalDateTime.ofInstant(instant, zone);
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id == null ? "" : id.strip());
        } catch (DateTimeException unknown) {
            throw new RuleViolation("error.timeZone.unknown");
        }
    }

    public void addTrainer(long personId) {
        trainerIds.add(personId);
    }

    public void removeTrainer(long personId) {
        refuseToLoseLastTrainer(personId);
        trainerIds.remove(personId);
    }

    /** A cohort always has a trainer: the last one cannot leave. */
    public void refuseToLoseLastTrainer(long personId) {
        if (trainerIds.size() == 1 && trainerIds.contains(personId)) {
            throw new RuleViolation("error.cohort.lastTrainer");
        }
    }

    public boolean trainedBy(long personId) {
        return trainerIds.contains(personId);
    }

    public boolean enrolmentOpenAt(Instant now) {
        return now.isBefore(enrolmentClosesAt);
    }

    /** The start of a face-to-face day in the cohort's zone. */
    public Instant dayStarts(LocalDate day) {
        return day.atStartOfDay(zone()).toInstant();
    }

    public Long id() {
        return id;
    }

    public Programme programme() {
        return programme;
    }

    public String name() {
        return name;
    }

    public Language language() {
        return language;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public int capacity() {
        return capacity;
    }

    public EnrolmentMode enrolmentMode() {
        return enrolmentMode;
    }

    public PreparationGate preparationGate() {
        return preparationGate;
    }

    public Instant enrolmentClosesAt() {
        return enrolmentClosesAt;
    }

    public Instant preparationOpensAt() {
        return preparationOpensAt;
    }

    public Instant preparationClosesAt() {
        return preparationClosesAt;
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    public LocalDate secondDay() {
        return secondDay;
    }

    public Instant wrapUpOpensAt() {
        return wrapUpOpensAt;
    }

    public Instant wrapUpClosesAt() {
        return wrapUpClosesAt;
    }

    public Set<Long> trainerIds() {
        return Set.copyOf(trainerIds);
    }
}
