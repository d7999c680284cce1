package eu.s3learning.xapi;

/** What identifies an Agent or Group beyond doubt: exactly one of these, never two. */
public sealed interface InverseFunctionalIdentifier {

    /** A {@code mailto:} IRI. */
    record Mbox(String mailto) implements InverseFunctionalIdentifier {
    }

    /** The hex SHA-1 of a {@code mailto:} IRI, for those who must not see the address. */
    record MboxSha1Sum(String sha1) implements InverseFunctionalIdentifier {
    }

    record OpenId(Iri uri) implements InverseFunctionalIdentifier {
    }

    /** An account on a system other than e-mail, e.g. this platform's own user id. */
    record Account(Iri homePage, String name) implements InverseFunctionalIdentifier {
    }
}
