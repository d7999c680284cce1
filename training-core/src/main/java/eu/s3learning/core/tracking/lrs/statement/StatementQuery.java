package eu.s3learning.core.tracking.lrs.statement;

import eu.s3learning.core.tracking.lrs.IndexHash;
import eu.s3learning.core.tracking.lrs.LrsError;
import eu.s3learning.core.tracking.lrs.LrsRequest;
import eu.s3learning.xapi.Actor;
import eu.s3learning.xapi.InvalidStatement;
import eu.s3learning.xapi.Iri;
import eu.s3learning.xapi.StatementReader;
import java.time.Instant;
import java.util.UUID;

/** The filter parameters of a statement query, read and checked: a parameter that cannot be read is a 400. */
record StatementQuery(Long agent, boolean relatedAgents, Long verb, Long activity, boolean relatedActivities,
        UUID registration, Instant since, Instant until, int limit, boolean ascending) {

    static StatementQuery of(LrsRequest request) {
        Long agent = null;
        String agentJson = request.parameter("agent");
        if (agentJson != null) {
            try {
                Actor actor = StatementReader.readActor(agentJson, "agent");
                agent = IndexHash.ofActor(actor);
                if (agent == null) {
                    throw LrsError.badRequest("The agent parameter must be an Agent or an identified Group");
                }
            } catch (InvalidStatement invalid) {
                throw LrsError.badRequest("The agent parameter is not an Agent: " + invalid.getMessage());
            }
        }
        Instant since = timestamp(request, "since");
        Instant until = timestamp(request, "until");
        String registration = request.parameter("registration");
        return new StatementQuery(agent, StatementResource.bool(request, "related_agents"), iri(request, "verb"),
                iri(request, "activity"), StatementResource.bool(request, "related_activities"),
                registration == null ? null : StatementResource.uuid(registration, "registration"), since, until,
                limit(request), StatementResource.bool(request, "ascending"));
    }

    StatementFilter filter(Long clientId, long afterSeq, long upToSeq) {
        return new StatementFilter(agent, relatedAgents, verb, activity, relatedActivities, registration,
                since == null ? null : JdbcStatementStore.micros(since),
                until == null ? null : JdbcStatementStore.micros(until), clientId, ascending, afterSeq, upToSeq);
    }

    private static Long iri(LrsRequest request, String name) {
        String value = request.parameter(name);
        if (value == null) {
            return null;
        }
        if (!Iri.isAbsolute(value)) {
            throw LrsError.badRequest("The parameter '" + name + "' must be an IRI");
        }
        return IndexHash.of(value);
    }

    private static Instant timestamp(LrsRequest request, String name) {
        String value = request.parameter(name);
        if (value == null) {
            return null;
        }
        try {
            return StatementReader.readTimestamp(value, name);
        } catch (InvalidStatement invalid) {
            throw LrsError.badRequest("The parameter '" + name + "' must be an ISO 8601 timestamp");
        }
    }

    private static int limit(LrsRequest request) {
        String value = request.parameter("limit");
        if (value == null) {
            return 0;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit < 0) {
                throw new NumberFormatException();
            }
            return limit;
        } catch (NumberFormatException e) {
            throw LrsError.badRequest("The limit parameter must be a whole number of 0 or more");
        }
    }
}
