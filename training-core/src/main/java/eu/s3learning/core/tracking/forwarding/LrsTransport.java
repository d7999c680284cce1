package eu.s3learning.core.tracking.forwarding;

import eu.s3learning.core.tracking.lrs.statement.StoredStatement;
import eu.s3learning.xapi.AttachmentContent;
import eu.s3learning.xapi.Jsonp;
import eu.s3learning.xapi.client.XapiClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Talks xAPI to the external LRSs of forwarding, through our {@link XapiClient} (bounded in time, only the start of
 * an answer kept, no redirects): delivers statements with their attachments and tests a connection. The secret is
 * unsealed only for the request.
 */
@ApplicationScoped
public class LrsTransport {

    @Inject
    ForwardingSettings settings;

    @Inject
    SecretSeal seal;

    private volatile XapiClient client;

    protected LrsTransport() {
    }

    public LrsTransport(ForwardingSettings settings, SecretSeal seal) {
        this.settings = settings;
        this.seal = seal;
    }

    /**
     * Sends the statements, with their attachments: one by PUT to its id, several by POST (they all have ids, so
     * a POST is as safe to repeat as a PUT).
     *
     * @param attachments the attachment contents of the statements, by statement position
     */
    public Delivery deliver(ForwardingTarget target, List<StoredStatement> statements,
            Map<Long, List<AttachmentContent>> attachments) {
        String authorization;
        try {
            authorization = authorization(target);
        } catch (IllegalStateException unopened) {
            return Delivery.noAnswer(unopened.getMessage());
        }
        boolean single = statements.size() == 1;
        String json = single ? statements.get(0).body()
                : statements.stream().map(StoredStatement::body).collect(Collectors.joining(",", "[", "]"));
        XapiClient.StatementsBody body = new XapiClient.StatementsBody(json, attachments.values().stream().flatMap(List::stream)
                .toList());
        XapiClient.Answer answer = single ? client().put(target.endpoint().statement(statements.get(0).id()), authorization, body)
                : client().post(target.endpoint().statements(), authorization, body);
        if (!answer.answered()) {
            return Delivery.noAnswer(answer.text());
        }
        boolean delivered = DeliveryOutcome.of(answer.status()) == DeliveryOutcome.DELIVERED;
        return new Delivery(answer.status(), delivered ? null : answer.text(), answer.retryAfter());
    }

    /** Asks the endpoint's About resource, then for one statement with the credentials. */
    public ConnectionTest test(ForwardingTarget target) {
        URI about = target.endpoint().about();
        XapiClient.Answer aboutAnswer = client().get(about, null);
        String versions = aboutAnswer.status() == 200 ? versions(aboutAnswer.text()) : aboutAnswer.text();
        URI query = URI.create(target.endpoint().statements() + "?limit=1");
        XapiClient.Answer queryAnswer;
        try {
            queryAnswer = client().get(query, authorization(target));
        } catch (IllegalStateException unopened) {
            queryAnswer = new XapiClient.Answer(0, unopened.getMessage(), null);
        }
        return new ConnectionTest(
                new ConnectionTest.Probe(about.toString(), aboutAnswer.status(), versions),
                new ConnectionTest.Probe(query.toString(), queryAnswer.status(),
                        queryAnswer.answered() ? null : queryAnswer.text()));
    }

    private String authorization(ForwardingTarget target) {
        return XapiClient.basic(target.apiKey(), seal.open(target.sealedSecret()));
    }

    private static String versions(String about) {
        try {
            JsonObject json = Jsonp.PROVIDER.createReader(new StringReader(about)).readObject();
            if (!json.containsKey("version")) {
                return null;
            }
            return json.getJsonArray("version").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                    .collect(Collectors.joining(", "));
        } catch (JsonException | ClassCastException notAbout) {
            return null;
        }
    }

    private XapiClient client() {
        XapiClient current = client;
        if (current == null) {
            synchronized (this) {
                if (client == null) {
                    client = new XapiClient(settings.connectTimeout(), settings.timeout());
                }
                current = client;
            }
        }
        return current;
    }
}
