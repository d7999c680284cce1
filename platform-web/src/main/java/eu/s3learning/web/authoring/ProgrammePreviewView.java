package eu.s3learning.web.authoring;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.programme.CompletionMode;
import eu.s3learning.core.programme.Phase;
import eu.s3learning.core.programme.Programme;
import eu.s3learning.core.programme.Programmes;
import eu.s3learning.core.programme.Unit;
import eu.s3learning.core.programme.types.UnitFile;
import eu.s3learning.core.programme.types.UnitFiles;
import eu.s3learning.web.security.PageRefusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Objects;
import org.omnifaces.cdi.Param;

/**
 * A programme as its trainees see it, for the trainers who author it: the phases with their modules and units in
 * order, and one unit's content at a time, rendered as on the trainee's unit page. Nothing is recorded: there is no
 * enrolment behind a preview.
 */
@Named
@RequestScoped
public class ProgrammePreviewView {

    @Inject
    Programmes programmes;

    @Inject
    UnitFiles files;

    @Inject
    @Param(name = "id")
    Long id;

    @Inject
    @Param(name = "unit")
    Long unitId;

    private Programme programme;
    private Unit unit;

    public void load() {
        PageRefusal.unlessAllowed(id, () -> {
            if (getProgramme() == null || unitId != null && getUnit() == null) {
                throw new RuleViolation("error.unit.unknown");
            }
            return true;
        });
    }

    public Programme getProgramme() {
        if (programme == null) {
            programme = programmes.byId(id);
        }
        return programme;
    }

    /** The unit shown, which must be one of this programme's. */
    public Unit getUnit() {
        if (unit == null && unitId != null) {
            try {
                Unit found = programmes.unit(unitId);
                unit = Objects.equals(found.module().phase().programme().id(), id) ? found : null;
            } catch (RuleViolation unknown) {
                unit = null;
            }
        }
        return unit;
    }

    public UnitFile getFile() {
        return getUnit() == null ? null : files.of(getUnit().id()).orElse(null);
    }

    public boolean isMarkable() {
        return getUnit() != null && getUnit().completion() == CompletionMode.MARKED_DONE;
    }

    /** The unit after the one shown, across modules and phases; the first unit when none is shown. */
    public Unit getNext() {
        List<Unit> all = getProgramme().phases().stream().map(Phase::units).flatMap(List::stream).toList();
        int at = -1;
        for (int i = 0; getUnit() != null && i < all.size(); i++) {
            if (all.get(i).id().equals(getUnit().id())) {
                at = i;
            }
        }
        return at + 1 < all.size() ? all.get(at + 1) : null;
    }

    public Long getId() {
        return id;
    }
}
