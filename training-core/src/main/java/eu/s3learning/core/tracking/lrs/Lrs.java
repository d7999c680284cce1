package eu.s3learning.core.tracking.lrs;

import eu.s3learning.core.tracking.lrs.client.LrsClients;
import eu.s3learning.core.tracking.lrs.client.LrsCredential;
import eu.s3learning.core.tracking.lrs.document.DocumentKind;
import eu.s3learning.core.tracking.lrs.document.DocumentResource;
import eu.s3learning.core.tracking.lrs.document.DocumentWriteContention;
import eu.s3learning.core.tracking.lrs.statement.StatementResource;
import eu.s3learning.core.tracking.lrs.statement.WriteWindow;
import eu.s3learning.xapi.InvalidStatement;
import eu.s3learning.xapi.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The platform's Learning Record Store, as the xAPI 1.0.3 protocol sees it: it unwraps the Alternate Request
 * Syntax, checks the version header and the client's credentials, hands the request to its resource, and turns
 * every refusal into a JSON error. The HTTP endpoint only translates to and from {@link LrsRequest}.
 */
@ApplicationScoped
public class Lrs {

    private static final Logger LOG = Logger.getLogger(Lrs.class.getName());

    @Inject
    LrsClients clients;

    @Inject
    WriteWindow window;

    @Inject
    Clock clock;

    @Inject
    StatementResource statements;

    @Inject
    DocumentResource documents;

    @Inject
    AgentsResource agents;

    @Inject
    ActivitiesResource activities;

    public LrsResponse handle(LrsRequest sent) {
        LrsResponse response;
        // Taken before the request runs: nothing stored after this instant can be missing from its answer.
        Instant consistentThrough = window.consistentThrough(clock);
        LrsRequest request = sent;
        try {
            request = AlternateRequestSyntax.unwrap(sent);
            response = route(request);
        } catch (LrsError refused) {
            response = LrsResponse.error(refused);
        } catch (InvalidStatement invalid) {
            response = LrsResponse.json(400, Jsonp.PROVIDER.createObjectBuilder()
                    .add("error", "bad-request")
                    .add("code", invalid.code())
                    .add("path", invalid.path())
                    .add("message", invalid.getMessage())
                    .build());
        } catch (RuntimeException failure) {
            LOG.log(Level.SEVERE, "The LRS failed a " + sent.method() + " of " + sent.resource(), failure);
            response = LrsResponse.error(new LrsError(500, "The LRS could not complete the request; nothing of it was stored"));
        }
        if (request.resource().equals("statements")
                && (request.method().equals("GET") || request.method().equals("HEAD"))) {
            response = response.withHeader("X-Experience-API-Consistent-Through",
                    DateTimeFormatter.ISO_INSTANT.format(consistentThrough.truncatedTo(ChronoUnit.MILLIS)));
        }
        return response.withHeader(XapiVersion.HEADER, XapiVersion.answering(request));
    }

    /** A document request rolled back as a deadlock's victim left nothing behind: it is made again, twice at most. */
    private LrsResponse documents(DocumentKind kind, LrsRequest request, LrsCredential client) {
        for (int attempt = 1; ; attempt++) {
            try {
                return documents.handle(kind, request, client);
            } catch (DocumentWriteContention contention) {
                if (attempt == 3) {
                    throw new LrsError(503, "Other writers kept changing this document; send the request again");
                }
            }
        }
    }

    private LrsResponse route(LrsRequest request) {
        if (request.resource().equals("about")) {
            return about(request);
        }
        LrsCredential client = clients.authenticate(request.header("Authorization")).orElse(null);
        if (client == null) {
            return LrsResponse.error(new LrsError(401, "This LRS needs HTTP Basic credentials of an LRS client"))
                    .withHeader("WWW-Authenticate", "Basic realm=\"S3 Learning Platform LRS\"");
        }
        XapiVersion.check(request);
        return switch (request.resource()) {
            case "statements" -> statements.handle(request, client);
            case "activities/state" -> documents(DocumentKind.STATE, request, client);
            case "activities/profile" -> documents(DocumentKind.ACTIVITY_PROFILE, request, client);
            case "agents/profile" -> documents(DocumentKind.AGENT_PROFILE, request, client);
            case "agents" -> agents.handle(request, client);
            case "activities" -> activities.handle(request, client);
            default -> throw LrsError.notFound("This LRS has no resource '" + request.resource() + "'");
        };
    }

    private static LrsResponse about(LrsRequest request) {
        if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
            throw new LrsError(405, "The About resource takes GET");
        }
        JsonArrayBuilder versions = Jsonp.PROVIDER.createArrayBuilder();
        XapiVersion.SUPPORTED.forEach(versions::add);
        return LrsResponse.json(200, Jsonp.PROVIDER.createObjectBuilder().add("version", versions)
                .add("extensions", Jsonp.PROVIDER.createObjectBuilder()).build());
    }
}
