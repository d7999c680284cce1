package eu.s3learning.core.tracking.lrs;

/**
 * A request the LRS refuses, with the HTTP status and a message for the client's developer. Thrown anywhere in
 * the protocol; the endpoint turns it into a JSON error body, and nothing has been stored when it is thrown.
 */
public class LrsError extends RuntimeException {

    private final int status;

    public LrsError(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static LrsError badRequest(String message) {
        return new LrsError(400, message);
    }

    public static LrsError forbidden(String message) {
        return new LrsError(403, message);
    }

    public static LrsError notFound(String message) {
        return new LrsError(404, message);
    }

    public static LrsError conflict(String message) {
        return new LrsError(409, message);
    }

    public static LrsError preconditionFailed(String message) {
        return new LrsError(412, message);
    }

    public static LrsError preconditionRequired(String message) {
        return new LrsError(428, message);
    }
}
