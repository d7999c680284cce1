package eu.s3learning.web.api;

/** The body of every error the REST API answers with. */
public record ApiError(String error, String message) {
}
