package eu.s3learning.core.programme;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.identity.Language;
import eu.s3learning.core.identity.People;
import eu.s3learning.core.identity.Person;
import eu.s3learning.core.identity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import eu.s3learning.core.programme.types.FileType;
import eu.s3learning.core.programme.types.UnitFile;
import eu.s3learning.core.programme.types.UnitFiles;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;

/**
 * What trainers do to a programme's structure: describe it, add and order modules and units,
 * set completion rules, copy it. Trainers and administrators author; changes to one programme
 * are serialised by locking its row, so two authors reordering at once cannot interleave.
 */
@ApplicationScoped
@Transactional
public class ProgrammeAuthoring {

    @Inject
    Programmes programmes;

    @Inject
    UnitTypes types;

    @Inject
    People people;

    @Inject
    UnitFiles files;

    @Inject
    Clock clock;

    public Programme create(long authorId, String title, String summary, Language language) {
        requireAuthor(authorId);
        Programme programme = new Programme(title, summary, language, authorId, clock.instant());
        programmes.add(programme);
        return programme;
    }

    public void describe(long authorId, long programmeId, String title, String summary) {
        requireAuthor(authorId);
        programmes.lock(programmeId).describe(title, summary);
    }

    public void describePhase(long authorId, long phaseId, String title, PhaseCompletionRule rule, int count) {
        Phase phase = editablePhase(authorId, phaseId);
        phase.rename(title);
        phase.completeWhen(rule, count);
    }

    public CourseModule addModule(long authorId, long phaseId, String title, String summary) {
        CourseModule module = editablePhase(authorId, phaseId).addModule(title, summary);
        programmes.add(module.phase().programme());
        return module;
    }

    public void describeModule(long authorId, long moduleId, String title, String summary) {
        editableModule(authorId, moduleId).describe(title, summary);
    }

    public void removeModule(long authorId, long moduleId) {
        CourseModule module = editableModule(authorId, moduleId);
        if (module.units().stream().anyMatch(programmes::inUse)) {
            throw new RuleViolation("error.unit.inUse");
        }
        module.phase().removeModule(module);
    }

    public void reorderModules(long authorId, long phaseId, List<Long> moduleIds) {
        editablePhase(authorId, phaseId).reorderModules(moduleIds);
    }

    public Unit addUnit(long authorId, long moduleId, String typeCode, String title, String content) {
        CourseModule module = editableModule(authorId, moduleId);
        Unit unit = module.addUnit(types.byCode(typeCode), title, content);
        programmes.add(module.phase().programme());
        return unit;
    }

    /** Changes a unit's title, content, completion and planned time in one step. */
    public void editUnit(long authorId, long unitId, UnitChange change) {
        Unit unit = editableUnit(authorId, unitId);
        UnitType kind = types.byCode(unit.type());
        unit.rename(change.title());
        if (change.content() != null) {
            unit.replaceContent(kind, change.content());
        }
        unit.completeBy(kind, change.completion() == null ? unit.completion() : change.completion(), change.required());
        unit.plan(change.durationMinutes());
    }

    public void removeUnit(long authorId, long unitId) {
        Unit unit = editableUnit(authorId, unitId);
        if (programmes.inUse(unit)) {
            throw new RuleViolation("error.unit.inUse");
        }
        unit.module().removeUnit(unit);
    }

    public void reorderUnits(long authorId, long moduleId, List<Long> unitIds) {
        editableModule(authorId, moduleId).reorderUnits(unitIds);
    }

    /** Moves a unit to the end of another module of the same programme (drag and drop between modules). */
    public void moveUnit(long authorId, long unitId, long targetModuleId) {
        Unit unit = editableUnit(authorId, unitId);
        CourseModule target = programmes.module(targetModuleId);
        if (!target.phase().programme().id().equals(unit.module().phase().programme().id())) {
            throw new RuleViolation("error.unit.otherProgramme");
        }
        target.adopt(unit);
    }

    public Programme copy(long authorId, long programmeId, String newTitle) {
        requireAuthor(authorId);
        Programme original = programmes.byId(programmeId);
        Programme copy = original.copyAs(newTitle, authorId, clock.instant());
        programmes.add(copy);
        List<Unit> from = original.units();
        List<Unit> to = copy.units();
        for (int i = 0; i < from.size(); i++) {
            types.byCode(from.get(i).type()).copy(from.get(i), to.get(i));
        }
        return copy;
    }

    /** Stores the document of a file unit (checked for size, type and content by {@link UnitFiles}). */
    public UnitFile storeFile(long authorId, long unitId, String fileName, InputStream content) {
        Unit unit = editableUnit(authorId, unitId);
        if (!FileType.CODE.equals(unit.type())) {
            throw new RuleViolation("error.file.notFileUnit");
        }
        return files.store(unitId, fileName, content);
    }

    private Phase editablePhase(long authorId, long phaseId) {
        requireAuthor(authorId);
        Phase phase = programmes.phase(phaseId);
        programmes.lock(phase.programme().id());
        return phase;
    }

    private CourseModule editableModule(long authorId, long moduleId) {
        requireAuthor(authorId);
        CourseModule module = programmes.module(moduleId);
        programmes.lock(module.phase().programme().id());
        return module;
    }

    private Unit editableUnit(long authorId, long unitId) {
        requireAuthor(authorId);
        Unit unit = programmes.unit(unitId);
        programmes.lock(unit.module().phase().programme().id());
        return unit;
    }

    private void requireAuthor(long personId) {
        Person person = people.byId(personId).orElseThrow(() -> new RuleViolation("error.account.unknown"));
        if (!person.hasRole(Role.TRAINER) && !person.hasRole(Role.ADMIN)) {
            throw new RuleViolation("error.forbidden");
        }
    }
}
