package eu.s3learning.core.tracking.lrs;

import eu.s3learning.core.tracking.lrs.client.LrsCredential;
import eu.s3learning.xapi.Actor;
import eu.s3learning.xapi.Agent;
import eu.s3learning.xapi.InvalidStatement;
import eu.s3learning.xapi.InverseFunctionalIdentifier;
import eu.s3learning.xapi.Jsonp;
import eu.s3learning.xapi.StatementReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/**
 * The Agents resource: the Person an agent stands for. This LRS does not merge identities across statements (it
 * cannot know that two identifiers are one person), so the Person holds what the agent itself says.
 */
@ApplicationScoped
public class AgentsResource {

    public LrsResponse handle(LrsRequest request, LrsCredential client) {
        if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
            throw new LrsError(405, "The Agents resource takes GET");
        }
        if (!client.canReadStatements() && !client.canReadProfiles()) {
            throw LrsError.forbidden("This client may not read agents");
        }
        for (String name : request.parameters().keySet()) {
            if (!name.equals("agent")) {
                throw LrsError.badRequest("The Agents resource has no '" + name + "' parameter");
            }
        }
        String json = request.parameter("agent");
        if (json == null) {
            throw LrsError.badRequest("The Agents resource needs the agent parameter");
        }
        Actor actor;
        try {
            actor = StatementReader.readActor(json, "agent");
        } catch (InvalidStatement invalid) {
            throw LrsError.badRequest("The agent parameter is not an Agent: " + invalid.getMessage());
        }
        if (!(actor instanceof Agent agent)) {
            throw LrsError.badRequest("The agent parameter must be an Agent, not a Group");
        }
        JsonObjectBuilder person = Jsonp.PROVIDER.createObjectBuilder().add("objectType", "Person");
        if (agent.name() != null) {
            person.add("name", Jsonp.PROVIDER.createArrayBuilder().add(agent.name()));
        }
        InverseFunctionalIdentifier id = agent.identifier();
        if (id instanceof InverseFunctionalIdentifier.Mbox mbox) {
            person.add("mbox", one(mbox.mailto()));
        } else if (id instanceof InverseFunctionalIdentifier.MboxSha1Sum sum) {
            person.add("mbox_sha1sum", one(sum.sha1()));
        } else if (id instanceof InverseFunctionalIdentifier.OpenId openId) {
            person.add("openid", one(openId.uri().value()));
        } else if (id instanceof InverseFunctionalIdentifier.Account account) {
            person.add("account", Jsonp.PROVIDER.createArrayBuilder().add(Jsonp.PROVIDER.createObjectBuilder()
                    .add("homePage", account.homePage().value()).add("name", account.name())));
        }
        return LrsResponse.json(200, person.build());
    }

    private static JsonArrayBuilder one(String value) {
        return Jsonp.PROVIDER.createArrayBuilder().add(value);
    }
}
