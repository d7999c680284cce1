package eu.s3learning.web.learning;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.progress.LearnerProgress;
import eu.s3learning.core.progress.UnitProgress;
import eu.s3learning.core.programme.CompletionMode;
import eu.s3learning.core.programme.Programmes;
import eu.s3learning.core.programme.Unit;
import eu.s3learning.core.programme.types.UnitFile;
import eu.s3learning.core.programme.types.UnitFiles;
import eu.s3learning.web.i18n.Texts;
import eu.s3learning.web.security.CurrentPerson;
import eu.s3learning.web.security.PageRefusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;

/**
 * One unit opened by a trainee. Opening it is recorded (and completes a unit completed by
 * viewing); a unit of a locked phase, or of someone else's enrolment, is refused.
 */
@Named
@RequestScoped
public class UnitView {

    @Inject
    LearnerProgress progress;

    @Inject
    Programmes programmes;

    @Inject
    UnitFiles files;

    @Inject
    CurrentPerson current;

    @Inject
    Texts texts;

    /** From the address, on the first request and on every postback (the forms post to the full address). */
    @Inject
    @Param(name = "enrolment")
    Long enrolment;
    /** From the address, on the first request and on every postback (the forms post to the full address). */
    @Inject
    @Param(name = "unit")
    Long unit;
    private Unit loaded;

    public void open() {
        if (enrolment == null || unit == null) {
            PageRefusal.send(404);
            return;
        }
        try {
            Unit found = programmes.unit(unit);
            progress.experienced(current.id(), enrolment, unit);
            loaded = found;
        } catch (RuleViolation refused) {
            PageRefusal.send("error.unit.locked".equals(refused.messageKey()) ? 403 : refused.messageKey().equals("error.forbidden") ? 403 : 404);
        }
    }

    public Unit getUnit() {
        if (loaded == null && unit != null) {
            loaded = programmes.unit(unit);
        }
        return loaded;
    }

    public boolean isCompleted() {
        UnitProgress p = progress.progress(enrolment).get(unit);
        return p != null && p.completed();
    }

    public boolean isMarkable() {
        return getUnit().completion() == CompletionMode.MARKED_DONE && !isCompleted();
    }

    public UnitFile getFile() {
        return files.of(unit).orElse(null);
    }

    public String markDone() {
        try {
            progress.markDone(current.id(), enrolment, unit);
            texts.info("unit.markedDone");
            return "/trainee/journey?faces-redirect=true&enrolment=" + enrolment;
        } catch (RuleViolation refused) {
            texts.refused(refused, null);
            return null;
        }
    }

    public Long getEnrolment() {
        return enrolment;
    }

    public void setEnrolment(Long enrolment) {
        this.enrolment = enrolment;
    }

    public Long getUnitId() {
        return unit;
    }

    public void setUnitId(Long unit) {
        this.unit = unit;
    }
}
