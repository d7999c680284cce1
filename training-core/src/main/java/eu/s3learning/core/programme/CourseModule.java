package eu.s3learning.core.programme;

import eu.s3learning.core.Text;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** A module of a phase: a topic such as "Designing and implementing an S3 strategy", with ordered units. */
@Entity
@Table(name = "course_module")
public class CourseModule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "phase_id")
    private Phase phase;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = Programme.MAX_TITLE)
    private String title;

    @Column(nullable = false, length = Programme.MAX_SUMMARY)
    private String summary;

    /** Read for all the modules of a programme at once, as {@link Phase}'s modules are. */
    @OneToMany(mappedBy = "module", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchFetch(BatchFetchType.IN)
    private List<Unit> units = new ArrayList<>();

    protected CourseModule() {
    }

    CourseModule(Phase phase, int position, String title, String summary) {
        this.phase = phase;
        this.position = position;
        describe(title, summary);
    }

    public void describe(String newTitle, String newSummary) {
        this.title = Text.required(newTitle, Programme.MAX_TITLE, "error.module.titleRequired");
        this.summary = Text.optional(newSummary, Programme.MAX_SUMMARY);
    }

    public Unit addUnit(UnitType type, String unitTitle, String content) {
        Unit unit = new Unit(this, units.size(), type, unitTitle, content);
        units.add(unit);
        return unit;
    }

    void append(Unit unit) {
        units.add(unit);
    }

    public void removeUnit(Unit unit) {
        units.remove(unit);
        compact();
    }

    public void reorderUnits(List<Long> unitIds) {
        units.sort(Ordering.by(unitIds, units, Unit::id));
        renumber();
    }

    /** Takes a unit from another module (drag and drop across modules) and puts it at the end. */
    void adopt(Unit unit) {
        unit.module().units.remove(unit);
        unit.module().compact();
        unit.moveTo(this, units.size());
        units.add(unit);
    }

    /** Closes the gap a removed unit left, keeping the order of positions. */
    private void compact() {
        units.sort(Comparator.comparingInt(Unit::position));
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < units.size(); i++) {
            units.get(i).placeAt(i);
        }
    }

    void placeAt(int newPosition) {
        this.position = newPosition;
    }

    public Long id() {
        return id;
    }

    public Phase phase() {
        return phase;
    }

    public int position() {
        return position;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    /**
     * In order of position, whatever order the list was loaded in: a cached module can hold its
     * units in the order of an earlier read, from before a reordering.
     */
    public List<Unit> units() {
        return units.stream().sorted(Comparator.comparingInt(Unit::position)).toList();
    }
}
