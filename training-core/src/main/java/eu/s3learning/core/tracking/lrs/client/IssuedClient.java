package eu.s3learning.core.tracking.lrs.client;

/** A client just created: the only moment its secret exists outside the client's own hands. */
public record IssuedClient(long id, String apiKey, String secret) {
}
