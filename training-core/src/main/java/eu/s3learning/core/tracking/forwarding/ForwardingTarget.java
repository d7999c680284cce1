package eu.s3learning.core.tracking.forwarding;

/** An endpoint as a sender needs it: where, and the credentials, the secret still sealed. */
public record ForwardingTarget(long id, String name, LrsEndpoint endpoint, String apiKey, String sealedSecret) {

    @Override
    public String toString() {
        // Never the secret, sealed or not: records end up in logs.
        return "ForwardingTarget[" + id + ", " + name + ", " + endpoint + "]";
    }
}
