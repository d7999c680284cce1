package eu.s3learning.xapi;

/** The bytes of an attachment, found by the SHA-2 its statement names. */
public record AttachmentContent(String sha2, String contentType, byte[] content) {
}
