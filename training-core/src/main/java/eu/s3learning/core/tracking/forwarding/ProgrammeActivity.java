package eu.s3learning.core.tracking.forwarding;

import eu.s3learning.xapi.Activity;
import eu.s3learning.xapi.ContextActivities;
import eu.s3learning.xapi.Statement;
import java.net.URI;
import java.util.stream.Stream;

/**
 * The rule that says which statements belong to a programme, for endpoints that receive one programme's
 * statements: those that name the programme's activity IRI as their object or among their context activities
 * (parent, grouping, category, other). The platform's own statements put it in their grouping; content launched
 * with cmi5 gets it through the launch data's context template, which the AU must copy into its statements.
 * <p>
 * Not the context registration: a statement from outside (a report tool, another LRS) has no enrolment at all,
 * while an activity IRI travels with any statement. The IRI is the one {@code PlatformStatements} puts in the
 * grouping of the platform's own statements (docs/xapi-profile.md).
 */
public final class ProgrammeActivity {

    private ProgrammeActivity() {
    }

    /** The programme's activity IRI, under the platform's public address. */
    public static String iri(URI publicUrl, long programmeId) {
        return publicUrl + "/xapi/activities/programme/" + programmeId;
    }

    /** Whether the statement names the activity as its object or in its context. */
    public static boolean named(Statement statement, String iri) {
        if (statement.object() instanceof Activity activity && activity.id().value().equals(iri)) {
            return true;
        }
        if (statement.context() == null || statement.context().contextActivities() == null) {
            return false;
        }
        ContextActivities context = statement.context().contextActivities();
        return Stream.of(context.parent(), context.grouping(), context.category(), context.other())
                .flatMap(java.util.List::stream).anyMatch(a -> a.id().value().equals(iri));
    }
}
