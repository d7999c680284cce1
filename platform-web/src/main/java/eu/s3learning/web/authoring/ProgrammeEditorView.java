package eu.s3learning.web.authoring;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.programme.CourseModule;
import eu.s3learning.core.programme.Phase;
import eu.s3learning.core.programme.PhaseCompletionRule;
import eu.s3learning.core.programme.Programme;
import eu.s3learning.core.programme.ProgrammeAuthoring;
import eu.s3learning.core.programme.Programmes;
import eu.s3learning.core.programme.Unit;
import eu.s3learning.core.programme.UnitTypes;
import eu.s3learning.web.i18n.Texts;
import eu.s3learning.web.security.CurrentPerson;
import eu.s3learning.web.security.PageRefusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A programme's structure for its authors: phases with their completion rules, modules and
 * units, added and put in order. Order changes with the move buttons (keyboard and pointer
 * alike); each move sends the order the author saw, so a stale page is refused, not applied.
 */
@Named
@RequestScoped
public class ProgrammeEditorView {

    @Inject
    Programmes programmes;

    @Inject
    ProgrammeAuthoring authoring;

    @Inject
    UnitTypes types;

    @Inject
    CurrentPerson current;

    @Inject
    Texts texts;

    /** From the address, on the first request and on every postback (the forms post to the full address). */
    @Inject
    @Param(name = "id")
    Long id;
    private Programme programme;
    private Long reorderModule;
    private String reorderIds;
    private final Map<Long, String> moduleTitles = new HashMap<>();
    private final Map<Long, String> unitTitles = new HashMap<>();
    private final Map<Long, String> unitTypes = new HashMap<>();
    private final Map<Long, String> unitContents = new HashMap<>();
    /** Per phase, as submitted: maps in EL carry no type, so values stay text and are read here. */
    private final Map<Long, String> rules = new HashMap<>();
    private final Map<Long, String> counts = new HashMap<>();

    public void load() {
        PageRefusal.unlessAllowed(id, () -> getProgramme() != null);
    }

    public Programme getProgramme() {
        if (programme == null) {
            programme = programmes.byId(id);
        }
        return programme;
    }

    public Set<String> getTypeCodes() {
        return types.all().keySet();
    }

    public PhaseCompletionRule[] getRuleChoices() {
        return PhaseCompletionRule.values();
    }

    public void addModule(long phaseId) {
        act(() -> {
            authoring.addModule(current.id(), phaseId, moduleTitles.get(phaseId), null);
            moduleTitles.clear();
        }, "programme.moduleAdded");
    }

    public void addUnit(long moduleId) {
        act(() -> {
            authoring.addUnit(current.id(), moduleId, unitTypes.get(moduleId), unitTitles.get(moduleId), unitContents.get(moduleId));
            unitTitles.clear();
            unitContents.clear();
        }, "programme.unitAdded");
    }

    public void saveRule(Phase phase) {
        act(() -> {
            PhaseCompletionRule rule = rules.get(phase.id()) == null ? phase.completionRule()
                    : PhaseCompletionRule.valueOf(rules.get(phase.id()));
            authoring.describePhase(current.id(), phase.id(), phase.title(), rule, whole(counts.get(phase.id())));
        }, "programme.ruleSaved");
    }

    private static int whole(String text) {
        try {
            return text == null || text.isBlank() ? 0 : Integer.parseInt(text.strip());
        } catch (NumberFormatException notANumber) {
            throw new RuleViolation("error.number.invalid");
        }
    }

    public void moveUnit(Unit unit, int step) {
        List<Long> order = new ArrayList<>(unit.module().units().stream().map(Unit::id).toList());
        int from = order.indexOf(unit.id());
        int to = from + step;
        if (to < 0 || to >= order.size()) {
            return;
        }
        order.add(to, order.remove(from));
        act(() -> authoring.reorderUnits(current.id(), unit.module().id(), order), "programme.reordered");
    }

    public void moveModule(CourseModule module, int step) {
        List<Long> order = new ArrayList<>(module.phase().modules().stream().map(CourseModule::id).toList());
        int from = order.indexOf(module.id());
        int to = from + step;
        if (to < 0 || to >= order.size()) {
            return;
        }
        order.add(to, order.remove(from));
        act(() -> authoring.reorderModules(current.id(), module.phase().id(), order), "programme.reordered");
    }

    /** The order a drag and drop left in one module's list, as the page saw it. */
    public void applyOrder() {
        act(() -> {
            if (reorderModule == null || reorderIds == null || !reorderIds.matches("\\d{1,18}(,\\d{1,18})*")) {
                throw new RuleViolation("error.programme.staleOrder");
            }
            authoring.reorderUnits(current.id(), reorderModule,
                    java.util.Arrays.stream(reorderIds.split(",")).map(Long::valueOf).toList());
        }, "programme.reordered");
    }

    public Long getReorderModule() {
        return reorderModule;
    }

    public void setReorderModule(Long reorderModule) {
        this.reorderModule = reorderModule;
    }

    public String getReorderIds() {
        return reorderIds;
    }

    public void setReorderIds(String reorderIds) {
        this.reorderIds = reorderIds;
    }

    public void removeUnit(Unit unit) {
        act(() -> authoring.removeUnit(current.id(), unit.id()), "programme.unitRemoved");
    }

    /** Runs the step through {@link Texts#attempt}; afterwards the page shows what is stored now. */
    private void act(Runnable action, String doneKey) {
        if (texts.attempt(action, doneKey)) {
            programme = null;
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Map<Long, String> getModuleTitles() {
        return moduleTitles;
    }

    public Map<Long, String> getUnitTitles() {
        return unitTitles;
    }

    public Map<Long, String> getUnitTypes() {
        return unitTypes;
    }

    public Map<Long, String> getUnitContents() {
        return unitContents;
    }

    public Map<Long, String> getRules() {
        return rules;
    }

    public Map<Long, String> getCounts() {
        return counts;
    }
}
