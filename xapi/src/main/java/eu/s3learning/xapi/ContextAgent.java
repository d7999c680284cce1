package eu.s3learning.xapi;

import java.util.List;
import java.util.Objects;

/**
 * xAPI 2.0: an Agent who took part in the statement's context in a role the relevant types name (e.g. a player,
 * a coach). Accepted from 1.0.x clients too: an LRS that reads 2.0 statements reads them whatever the header.
 *
 * @param relevantTypes empty when not sent
 */
public record ContextAgent(Agent agent, List<Iri> relevantTypes) {

    public ContextAgent {
        Objects.requireNonNull(agent, "agent");
        relevantTypes = List.copyOf(relevantTypes);
    }
}
