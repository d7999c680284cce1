package eu.s3learning.core.programme.types;

import eu.s3learning.core.programme.CompletionMode;
import eu.s3learning.core.programme.Unit;
import eu.s3learning.core.programme.UnitType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** A document to download: PDF or an office file. The file itself is kept by {@link UnitFiles}. */
@ApplicationScoped
public class FileType implements UnitType {

    public static final String CODE = "file";

    @Inject
    UnitFiles files;

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<CompletionMode> completionModes() {
        return List.of(CompletionMode.VIEWED, CompletionMode.MARKED_DONE);
    }

    /** A file unit has no text of its own: its content is the uploaded file. */
    @Override
    public String acceptContent(String content) {
        return null;
    }

    @Override
    public void copy(Unit from, Unit to) {
        files.copy(from.id(), to.id());
    }
}
