package eu.s3learning.core.tracking.activity;

import eu.s3learning.xapi.Agent;
import eu.s3learning.xapi.InverseFunctionalIdentifier;
import eu.s3learning.xapi.Iri;
import eu.s3learning.xapi.Statement;
import eu.s3learning.xapi.StatementReader;
import java.time.Instant;
import java.util.UUID;

/** Statements shaped as the platform writes them (docs/xapi-profile.md), for the tests of what is read from them. */
final class PlatformLikeStatements {

    static final String HOME = "http://s3.test/";
    static final String BASE = HOME + "xapi/activities/";
    static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
    static final String EXPERIENCED = "http://adlnet.gov/expapi/verbs/experienced";
    static final String ATTENDED = "http://adlnet.gov/expapi/verbs/attended";
    private static final Agent AUTHORITY = new Agent("S3 Learning Platform",
            new InverseFunctionalIdentifier.Account(new Iri(HOME), "platform"));

    private PlatformLikeStatements() {
    }

    /** A learner's statement in a cohort "Iași 2027"; {@code parentPath} may be null. */
    static Statement statement(long person, String verb, String english, String romanian, String objectPath,
            String objectName, UUID registration, String parentPath, Instant at) {
        String parent = parentPath == null ? "" : "\"parent\":[{\"id\":\"" + BASE + parentPath + "\"}],";
        return StatementReader.read("{\"id\":\"" + UUID.randomUUID() + "\","
                + "\"actor\":{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"" + HOME + "\",\"name\":\"" + person + "\"}},"
                + "\"verb\":{\"id\":\"" + verb + "\",\"display\":{\"en\":\"" + english + "\",\"ro\":\"" + romanian + "\"}},"
                + "\"object\":{\"id\":\"" + BASE + objectPath + "\",\"definition\":{\"name\":{\"ro\":\"" + objectName.replace("\"", "\\\"") + "\"}}},"
                + "\"context\":{\"registration\":\"" + registration + "\",\"contextActivities\":{" + parent
                + "\"grouping\":[{\"id\":\"" + BASE + "programme/1\",\"definition\":{\"name\":{\"ro\":\"Pachetul S3\"}}},"
                + "{\"id\":\"" + BASE + "cohort/3\",\"definition\":{\"name\":{\"ro\":\"Iași 2027\"}}}]},"
                + "\"platform\":\"S3 Learning Platform\",\"language\":\"ro\"},"
                + "\"timestamp\":\"" + at + "\"}").completedOnStorage(at.plusSeconds(1), AUTHORITY);
    }
}
