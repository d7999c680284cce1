package eu.s3learning.core.tracking.forwarding;

/**
 * What an external LRS's answer to a PUT or POST of statements means for them and for the endpoint. The statement
 * id is the idempotency key: an LRS answers a statement it already holds with the same content as if it were new
 * (204 to a PUT, 200 to a POST), so sending a statement again is always safe.
 */
public enum DeliveryOutcome {

    /** 2xx (xAPI says 204 to a PUT, 200 to a POST): the endpoint holds the statements. */
    DELIVERED(false, false),
    /**
     * 409: the endpoint holds a different statement under one of these ids. Sending again cannot change that, so a
     * single statement becomes a dead letter at once, for an administrator to settle.
     */
    CONFLICT(true, false),
    /** Another 4xx about the request itself (400, 413, 422 …): the endpoint refuses these statements. */
    REFUSED(true, false),
    /**
     * 500 and the other 5xx that are not an outage: the endpoint failed on these statements. It backs off; and the
     * statements count it too, so that a statement which trips a bug of the target cannot hold the queue back for
     * ever.
     */
    SERVER_ERROR(true, true),
    /**
     * No answer (refused or dropped connection, timeout), an outage (502, 503, 504), or an answer about the endpoint
     * rather than the statements (401, 403, 404, 408, 429, a redirect): the endpoint backs off; the statements are
     * not to blame, and however long it lasts none of them becomes a dead letter.
     */
    UNAVAILABLE(false, true);

    private final boolean chargesStatements;
    private final boolean backsOffEndpoint;

    DeliveryOutcome(boolean chargesStatements, boolean backsOffEndpoint) {
        this.chargesStatements = chargesStatements;
        this.backsOffEndpoint = backsOffEndpoint;
    }

    /** The outcome of an HTTP status; 0 stands for no answer at all. */
    public static DeliveryOutcome of(int status) {
        if (status >= 200 && status <= 299) {
            return DELIVERED;
        }
        if (status == 409) {
            return CONFLICT;
        }
        if (status == 502 || status == 503 || status == 504) {
            return UNAVAILABLE;
        }
        if (status >= 500 && status <= 599) {
            return SERVER_ERROR;
        }
        if (status >= 400 && status <= 499 && status != 401 && status != 403 && status != 404 && status != 408
                && status != 429) {
            return REFUSED;
        }
        return UNAVAILABLE;
    }

    /** Whether the statements sent are to blame: a batch is split, a single statement is charged an attempt. */
    public boolean chargesStatements() {
        return chargesStatements;
    }

    /** Whether the endpoint waits before it is sent anything again. */
    public boolean backsOffEndpoint() {
        return backsOffEndpoint;
    }
}
