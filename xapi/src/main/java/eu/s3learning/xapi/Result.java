package eu.s3learning.xapi;

/**
 * The outcome of a statement, each part optional (null when not sent).
 *
 * @param duration an ISO 8601 duration, kept as the text sent: months and years have no fixed length, so the
 *                 specification compares durations as strings
 */
public record Result(Score score, Boolean success, Boolean completion, String response, String duration,
        Extensions extensions) {
}
