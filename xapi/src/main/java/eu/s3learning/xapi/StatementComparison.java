package eu.s3learning.xapi;

import jakarta.json.JsonObject;

/**
 * The specification's Statement Comparison Requirements: differences an LRS itself could have caused (see
 * {@link Statement#sameContentAs}) are ignored, any other difference counts.
 */
final class StatementComparison {

    private static final StatementWriter WRITER = StatementWriter.forComparison();

    private StatementComparison() {
    }

    static boolean comparable(Statement one, Statement other) {
        // A timestamp missing on one side may have been filled in by the LRS, with the stored time.
        boolean bothTimed = one.timestamp() != null && other.timestamp() != null;
        return content(one, bothTimed).equals(content(other, bothTimed));
    }

    private static JsonObject content(Statement statement, boolean withTimestamp) {
        var json = Jsonp.PROVIDER.createObjectBuilder(WRITER.write(statement))
                .remove("id").remove("stored").remove("authority").remove("version");
        if (!withTimestamp) {
            json.remove("timestamp");
        }
        return json.build();
    }
}
