package eu.s3learning.core.programme;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.Text;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** One of a programme's three phases, with its modules and the rule that says when it is complete. */
@Entity
@Table(name = "programme_phase")
public class Phase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id")
    private Programme programme;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PhaseKind kind;

    @Column(nullable = false, length = Programme.MAX_TITLE)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "completion_rule", nullable = false, length = 20)
    private PhaseCompletionRule completionRule;

    @Column(name = "required_count", nullable = false)
    private int requiredCount;

    /**
     * Read for all the phases of a programme at once when the first phase's are needed: a
     * trainee's journey walks the whole programme, and a query per phase and per module was
     * most of the queries of a sign-up's gate check (so also {@link CourseModule}'s units).
     */
    @OneToMany(mappedBy = "phase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchFetch(BatchFetchType.IN)
    private List<CourseModule> modules = new ArrayList<>();

    protected Phase() {
    }

    Phase(Programme programme, PhaseKind kind) {
        this.programme = programme;
        this.kind = kind;
        this.title = "";
        this.completionRule = PhaseCompletionRule.ALL_REQUIRED;
    }

    public void rename(String newTitle) {
        this.title = Text.optional(newTitle, Programme.MAX_TITLE);
    }

    /** All required units, or at least {@code count} of the phase's units. */
    public void completeWhen(PhaseCompletionRule rule, int count) {
        if (rule == PhaseCompletionRule.AT_LEAST && (count < 1 || count > units().size())) {
            throw new RuleViolation("error.phase.requiredCount", units().size());
        }
        this.completionRule = rule;
        this.requiredCount = rule == PhaseCompletionRule.AT_LEAST ? count : 0;
    }

    public CourseModule addModule(String moduleTitle, String moduleSummary) {
        CourseModule module = new CourseModule(this, modules.size(), moduleTitle, moduleSummary);
        modules.add(module);
        return module;
    }

    public void removeModule(CourseModule module) {
        modules.remove(module);
        modules.sort(Comparator.comparingInt(CourseModule::position));
        renumber();
    }

    /** Puts the modules in the order given; the list must hold exactly this phase's modules. */
    public void reorderModules(List<Long> moduleIds) {
        modules.sort(Ordering.by(moduleIds, modules, CourseModule::id));
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < modules.size(); i++) {
            modules.get(i).placeAt(i);
        }
    }

    /** Whether a learner who completed these units has completed the phase. A phase without units is complete. */
    public boolean isCompleteWith(Collection<Long> completedUnitIds) {
        Set<Long> done = Set.copyOf(completedUnitIds);
        Predicate<Unit> completed = u -> done.contains(u.id());
        if (completionRule == PhaseCompletionRule.AT_LEAST) {
            return units().stream().filter(completed).count() >= requiredCount;
        }
        return units().stream().filter(Unit::required).allMatch(completed);
    }

    void copyInto(Phase target) {
        target.title = title;
        target.completionRule = completionRule;
        target.requiredCount = requiredCount;
        for (CourseModule module : modules) {
            CourseModule copy = target.addModule(module.title(), module.summary());
            module.units().forEach(unit -> copy.append(unit.copyInto(copy)));
        }
    }

    public List<Unit> units() {
        return modules().stream().flatMap(m -> m.units().stream()).toList();
    }

    public Long id() {
        return id;
    }

    public Programme programme() {
        return programme;
    }

    public PhaseKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public PhaseCompletionRule completionRule() {
        return completionRule;
    }

    public int requiredCount() {
        return requiredCount;
    }

    /** In order of position, whatever order the list was loaded in (see {@link CourseModule#units()}). */
    public List<CourseModule> modules() {
        return modules.stream().sorted(Comparator.comparingInt(CourseModule::position)).toList();
    }
}
