package eu.s3learning.core.programme;

import java.util.List;

/**
 * A kind of unit: a page, a file, a link, a live session, and later a SCORM package, a cmi5
 * course, a quiz or an S3 tool. Each kind is a CDI bean; the programme finds them by
 * {@link #code()} and knows nothing else of them, so a module adds a kind without touching the
 * others.
 * <p>
 * A kind keeps what is its own either in the unit's {@code content} (checked here) or in its
 * own tables keyed by the unit's id (then it copies them in {@link #copy}). Progress reaches the
 * programme through {@code UnitProgressRecorder}, whatever the kind.
 */
public interface UnitType {

    /** Stored with each unit; never changes once units of the kind exist. */
    String code();

    /** The ways a unit of this kind can be completed; the first is the default. */
    List<CompletionMode> completionModes();

    /**
     * The author's content, checked and made safe to store (HTML sanitised, addresses checked);
     * a refusal is a {@code RuleViolation}.
     */
    String acceptContent(String content);

    /** Copies what the kind keeps outside the unit's row when a programme is copied. */
    default void copy(Unit from, Unit to) {
    }
}
