package eu.s3learning.core.scheduling;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.Text;
import eu.s3learning.core.cohort.Cohort;
import eu.s3learning.core.programme.types.WebAddress;
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
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A scheduled live session of a cohort: a face-to-face day in a room, or an online day with a
 * meeting link. It keeps its calendar identity (UID and SEQUENCE), so every invitation, update
 * and cancellation sent for it lands on the same calendar entry.
 */
@Entity
@Table(name = "live_session")
public class LiveSession {

    public static final Duration LONGEST = Duration.ofHours(14);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "cohort_id")
    private Cohort cohort;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SessionMode mode;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "room_id")
    private Room room;

    @Column(name = "meeting_url", length = WebAddress.MAX_LENGTH)
    private String meetingUrl;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "signup_deadline", nullable = false)
    private Instant signupDeadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SessionStatus status;

    @Column(name = "cancel_reason", length = 1000)
    private String cancelReason;

    @Column(name = "calendar_uid", nullable = false, length = 100)
    private String calendarUid;

    @Column(name = "calendar_sequence", nullable = false)
    private int calendarSequence;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "live_session_trainer", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "person_id")
    private Set<Long> trainerIds = new HashSet<>();

    @Version
    private long version;

    protected LiveSession() {
    }

    LiveSession(Cohort cohort, SessionPlan plan, Room room, String domain) {
        this.cohort = cohort;
        this.unitId = plan.unitId();
        this.status = SessionStatus.SCHEDULED;
        this.calendarUid = UUID.randomUUID() + "@" + domain;
        apply(plan, room, 0);
    }

    /**
     * Applies a plan; returns whether what a calendar shows (time, place, link, title) changed,
     * in which case the calendar sequence moves on. Refused: reversed or overlong times, a room
     * for an online session or a link for one in person, more places than the room has or fewer
     * than are taken, a sign-up deadline after the start, no trainer, times outside the cohort.
     */
    boolean apply(SessionPlan plan, Room newRoom, long seatedNow) {
        if (plan.mode() == null) {
            throw new RuleViolation("error.session.modeRequired");
        }
        String newTitle = Text.required(plan.title(), 200, "error.session.titleRequired");
        if (plan.starts() == null || plan.ends() == null || plan.signupDeadline() == null) {
            throw new RuleViolation("error.session.timesRequired");
        }
        String newLink = null;
        ZoneId zone;
        if (plan.mode() == SessionMode.IN_PERSON) {
            if (newRoom == null) {
                throw new RuleViolation("error.session.roomRequired");
            }
            if (plan.capacity() > newRoom.capacity()) {
                throw new RuleViolation("error.session.capacityAboveRoom", newRoom.capacity());
            }
            zone = newRoom.venue().zone();
        } else {
            if (newRoom != null) {
                throw new RuleViolation("error.session.roomForOnline");
            }
            newLink = WebAddress.check(plan.meetingUrl(), "error.session.meetingUrlInvalid");
            zone = cohort.zone();
        }
        Instant starts = plan.starts().atZone(zone).toInstant();
        Instant ends = plan.ends().atZone(zone).toInstant();
        Instant deadline = plan.signupDeadline().atZone(zone).toInstant();
        if (!starts.isBefore(ends) || Duration.between(starts, ends).compareTo(LONGEST) > 0) {
            throw new RuleViolation("error.session.timesReversed", LONGEST.toHours());
        }
        if (deadline.isAfter(starts)) {
            throw new RuleViolation("error.session.deadlineAfterStart");
        }
        if (starts.isBefore(cohort.preparationOpensAt()) || ends.isAfter(cohort.wrapUpClosesAt())) {
            throw new RuleViolation("error.session.outsideCohort");
        }
        if (plan.capacity() < 1) {
            throw new RuleViolation("error.session.capacity");
        }
        if (plan.capacity() < seatedNow) {
            throw new RuleViolation("error.session.capacityBelowSeated", seatedNow);
        }
        if (plan.trainerIds() == null || plan.trainerIds().isEmpty()) {
            throw new RuleViolation("error.session.trainerRequired");
        }
        boolean calendarChanged = startsAt != null && (!starts.equals(startsAt) || !ends.equals(endsAt)
                || !newTitle.equals(title) || !Objects.equals(newLink, meetingUrl) || !Objects.equals(newRoom, room));
        this.mode = plan.mode();
        this.title = newTitle;
        this.startsAt = starts;
        this.endsAt = ends;
        this.timeZone = zone.getId();
        this.room = newRoom;
        this.meetingUrl = newLink;
        this.capacity = plan.capacity();
        this.signupDeadline = deadline;
        this.trainerIds = new HashSet<>(plan.trainerIds());
        if (calendarChanged) {
            calendarSequence++;
        }
        return calendarChanged;
    }

    void cancel(String reason) {
        if (status == SessionStatus.CANCELLED) {
            throw new RuleViolation("error.session.cancelled");
        }
        this.cancelReason = Text.required(reason, 1000, "error.session.reasonRequired");
        this.status = SessionStatus.CANCELLED;
        calendarSequence++;
    }

    public boolean overlaps(Instant otherStart, Instant otherEnd) {
        return startsAt.isBefore(otherEnd) && otherStart.isBefore(endsAt);
    }

    public boolean signupOpenAt(Instant now) {
        return status == SessionStatus.SCHEDULED && now.isBefore(signupDeadline);
    }

    /** Whether the meeting link may be shown: from {@code lead} before the start until the end. */
    public boolean linkVisibleAt(Instant now, Duration lead) {
        return mode == SessionMode.ONLINE && status == SessionStatus.SCHEDULED
                && !now.isBefore(startsAt.minus(lead)) && now.isBefore(endsAt);
    }

    public Long id() {
        return id;
    }

    public Cohort cohort() {
        return cohort;
    }

    public Long unitId() {
        return unitId;
    }

    public SessionMode mode() {
        return mode;
    }

    public String title() {
        return title;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public Room room() {
        return room;
    }

    /** The link itself; screens show it only when {@link #linkVisibleAt} says so and to seated trainees. */
    public String meetingUrl() {
        return meetingUrl;
    }

    public int capacity() {
        return capacity;
    }

    public Instant signupDeadline() {
        return signupDeadline;
    }

    public SessionStatus status() {
        return status;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public String calendarUid() {
        return calendarUid;
    }

    public int calendarSequence() {
        return calendarSequence;
    }

    public Set<Long> trainerIds() {
        return Set.copyOf(trainerIds);
    }
}
