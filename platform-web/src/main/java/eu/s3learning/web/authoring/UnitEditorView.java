package eu.s3learning.web.authoring;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.programme.CompletionMode;
import eu.s3learning.core.programme.ProgrammeAuthoring;
import eu.s3learning.core.programme.Programmes;
import eu.s3learning.core.programme.Unit;
import eu.s3learning.core.programme.UnitChange;
import eu.s3learning.core.programme.UnitTypes;
import eu.s3learning.core.programme.types.FileType;
import eu.s3learning.core.programme.types.UnitFile;
import eu.s3learning.core.programme.types.UnitFiles;
import eu.s3learning.web.i18n.Texts;
import eu.s3learning.web.security.CurrentPerson;
import eu.s3learning.web.security.PageRefusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * One unit for its authors: title, content, how it is completed, planned time, the document of
 * a file unit, and a preview as trainees see it.
 */
@Named
@RequestScoped
public class UnitEditorView {

    @Inject
    Programmes programmes;

    @Inject
    ProgrammeAuthoring authoring;

    @Inject
    UnitTypes types;

    @Inject
    UnitFiles files;

    @Inject
    CurrentPerson current;

    @Inject
    Texts texts;

    /** From the address, on the first request and on every postback (the forms post to the full address). */
    @Inject
    @Param(name = "id")
    Long id;
    private Unit unit;
    private String title;
    private String content;
    private CompletionMode completion;
    private boolean required;
    private int minutes;
    private Part upload;

    public void load() {
        PageRefusal.unlessAllowed(id, () -> {
            Unit found = getUnit();
            title = found.title();
            content = found.content();
            completion = found.completion();
            required = found.required();
            minutes = found.durationMinutes();
            return true;
        });
    }

    public Unit getUnit() {
        if (unit == null) {
            unit = programmes.unit(id);
        }
        return unit;
    }

    public List<CompletionMode> getCompletions() {
        return types.byCode(getUnit().type()).completionModes();
    }

    public UnitFile getFile() {
        return files.of(id).orElse(null);
    }

    public boolean isFileUnit() {
        return FileType.CODE.equals(getUnit().type());
    }

    public void save() {
        try {
            authoring.editUnit(current.id(), id, new UnitChange(title, isFileUnit() ? null : content, completion, required, minutes));
            texts.info("unit.saved");
            unit = null;
        } catch (RuleViolation refused) {
            texts.refused(refused, null);
        }
    }

    /** Stores the uploaded document; the size limit is checked while reading, before anything is kept. */
    public void uploadFile() {
        if (upload == null || upload.getSize() == 0) {
            texts.error("error.file.empty");
            return;
        }
        if (upload.getSize() > UnitFiles.MAX_BYTES) {
            texts.error("error.file.tooLarge", UnitFiles.MAX_BYTES / (1024 * 1024));
            return;
        }
        try (InputStream in = upload.getInputStream()) {
            authoring.storeFile(current.id(), id, upload.getSubmittedFileName(), in);
            texts.info("unit.fileStored");
        } catch (RuleViolation refused) {
            texts.refused(refused, null);
        } catch (IOException unreadable) {
            texts.error("error.file.unreadable");
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public CompletionMode getCompletion() {
        return completion;
    }

    public void setCompletion(CompletionMode completion) {
        this.completion = completion;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public int getMinutes() {
        return minutes;
    }

    public void setMinutes(int minutes) {
        this.minutes = minutes;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }
}
