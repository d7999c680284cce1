package eu.s3learning.xapi;

/** A {@code multipart/mixed} body that cannot be read; the message says why, for the sender's developer. */
public class MalformedMultipart extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public MalformedMultipart(String message) {
        super(message);
    }
}
