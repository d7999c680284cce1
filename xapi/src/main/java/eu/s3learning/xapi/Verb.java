package eu.s3learning.xapi;

import java.util.Objects;

/**
 * What was done, named by IRI. The display is for people only: it carries no meaning and is not part of the
 * statement when statements are compared.
 *
 * @param display null when not sent
 */
public record Verb(Iri id, LanguageMap display) {

    /** Voiding statements use this verb, and only these may void other statements. */
    public static final Iri VOIDED = new Iri("http://adlnet.gov/expapi/verbs/voided");

    public Verb {
        Objects.requireNonNull(id, "id");
    }
}
