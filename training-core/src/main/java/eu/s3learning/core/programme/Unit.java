package eu.s3learning.core.programme;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.Text;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One step of a module: a page, a file, a link, a live session, or any kind a module plugs in. */
@Entity
@Table(name = "unit")
public class Unit {

    public static final int MAX_DURATION_MINUTES = 24 * 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_id")
    private CourseModule module;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 40)
    private String type;

    @Column(nullable = false, length = Programme.MAX_TITLE)
    private String title;

    @Column(nullable = false)
    private boolean required;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CompletionMode completion;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private String content;

    protected Unit() {
    }

    Unit(CourseModule module, int position, UnitType type, String title, String content) {
        this.module = module;
        this.position = position;
        this.type = type.code();
        this.required = true;
        this.completion = type.completionModes().get(0);
        rename(title);
        this.content = type.acceptContent(content);
    }

    public void rename(String newTitle) {
        this.title = Text.required(newTitle, Programme.MAX_TITLE, "error.unit.titleRequired");
    }

    public void replaceContent(UnitType kind, String newContent) {
        if (!kind.code().equals(type)) {
            throw new IllegalArgumentException("unit " + id + " is a " + type + ", not a " + kind.code());
        }
        this.content = kind.acceptContent(newContent);
    }

    /** How the unit is completed, among the ways its kind offers; and whether its phase needs it. */
    public void completeBy(UnitType kind, CompletionMode mode, boolean isRequired) {
        if (!kind.completionModes().contains(mode)) {
            throw new RuleViolation("error.unit.completionNotOffered");
        }
        this.completion = mode;
        this.required = isRequired;
    }

    /** The time a learner should plan, counted in the certificate's hours. */
    public void plan(int minutes) {
        if (minutes < 0 || minutes > MAX_DURATION_MINUTES) {
            throw new RuleViolation("error.unit.duration", MAX_DURATION_MINUTES);
        }
        this.durationMinutes = minutes;
    }

    void placeAt(int newPosition) {
        this.position = newPosition;
    }

    void moveTo(CourseModule newModule, int newPosition) {
        this.module = newModule;
        this.position = newPosition;
    }

    /** A copy for another module, with the same content; the kind copies what it keeps elsewhere. */
    Unit copyInto(CourseModule target) {
        Unit copy = new Unit();
        copy.module = target;
        copy.position = position;
        copy.type = type;
        copy.title = title;
        copy.required = required;
        copy.completion = completion;
        copy.durationMinutes = durationMinutes;
        copy.content = content;
        return copy;
    }

    public Long id() {
        return id;
    }

    public CourseModule module() {
        return module;
    }

    public int position() {
        return position;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public boolean required() {
        return required;
    }

    public CompletionMode completion() {
        return completion;
    }

    public int durationMinutes() {
        return durationMinutes;
    }

    public String content() {
        return content;
    }
}
