package eu.s3learning.core.programme;

/** An author's edit of a unit; a null content or completion leaves that part as it is. */
public record UnitChange(String title, String content, CompletionMode completion, boolean required, int durationMinutes) {
}
