package eu.s3learning.xapi;

import java.util.Objects;

/**
 * The description of a file that goes with a statement; the file itself travels in a multipart request, or
 * lies at the fileUrl.
 *
 * @param sha2 the hex SHA-2 hash of the file, by which the multipart part is found
 * @param description null when not sent
 * @param fileUrl null when not sent
 */
public record Attachment(Iri usageType, LanguageMap display, LanguageMap description, String contentType,
        long length, String sha2, Iri fileUrl) {

    public Attachment {
        Objects.requireNonNull(usageType, "usageType");
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(sha2, "sha2");
    }
}
