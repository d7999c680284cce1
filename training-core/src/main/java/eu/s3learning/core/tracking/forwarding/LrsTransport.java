package eu.s3learning.core.tracking.forwarding;

import eu.s3learning.core.tracking.lrs.MultipartMixed;
import eu.s3learning.core.tracking.lrs.statement.AttachmentContent;
import eu.s3learning.core.tracking.lrs.statement.StoredStatement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import eu.s3learning.core.tracking.xapi.Jsonp;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Talks xAPI to external LRSs over java.net.http. Every request is bounded in time from connecting to the last
 * byte of the answer, and only the start of an answer is kept: an endpoint that hangs, trickles or floods costs a
 * sender at most the timeout. Redirects are not followed (the credentials would follow them); they count as a
 * wrong address.
 */
@ApplicationScoped
public class LrsTransport {

    /** How much of an answer is kept: enough for an About resource, or for the administrator to read an error. */
    private static final int KEPT_ANSWER = 2000;
    private static final String VERSION = "1.0.3";

    @Inject
    ForwardingSettings settings;

    @Inject
    SecretSeal seal;

    private volatile HttpClient client;

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
        URI address = single ? target.endpoint().statement(statements.get(0).id()) : target.endpoint().statements();
        HttpRequest.Builder request = request(address, authorization);
        List<AttachmentContent> contents = attachments.values().stream().flatMap(List::stream).toList();
        if (contents.isEmpty()) {
            request.header("Content-Type", "application/json").method(single ? "PUT" : "POST",
                    HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        } else {
            MultipartMixed.Written body = MultipartMixed.write(parts(json, contents));
            request.header("Content-Type", body.contentType()).method(single ? "PUT" : "POST",
                    HttpRequest.BodyPublishers.ofByteArray(body.body()));
        }
        Answer answer = exchange(request.build());
        if (answer.status() == 0) {
            return Delivery.noAnswer(answer.text());
        }
        boolean delivered = DeliveryOutcome.of(answer.status()) == DeliveryOutcome.DELIVERED;
        return new Delivery(answer.status(), delivered ? null : answer.text(), answer.retryAfter());
    }

    /** The statements as JSON, then each attachment content once, named by its SHA-2 (xAPI 1.0.3, 2.1.11). */
    private static List<MultipartMixed.Part> parts(String json, List<AttachmentContent> contents) {
        List<MultipartMixed.Part> parts = new ArrayList<>();
        parts.add(new MultipartMixed.Part(Map.of("Content-Type", "application/json"),
                json.getBytes(StandardCharsets.UTF_8)));
        Map<String, AttachmentContent> bySha2 = new LinkedHashMap<>();
        contents.forEach(content -> bySha2.putIfAbsent(content.sha2(), content));
        for (AttachmentContent content : bySha2.values()) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", content.contentType());
            headers.put("Content-Transfer-Encoding", "binary");
            headers.put("X-Experience-API-Hash", content.sha2());
            parts.add(new MultipartMixed.Part(headers, content.content()));
        }
        return parts;
    }

    /** Asks the endpoint's About resource, then for one statement with the credentials. */
    public ConnectionTest test(ForwardingTarget target) {
        URI about = target.endpoint().about();
        Answer aboutAnswer = exchange(request(about, null).GET().build());
        String versions = aboutAnswer.status() == 200 ? versions(aboutAnswer.text()) : aboutAnswer.text();
        URI query = URI.create(target.endpoint().statements() + "?limit=1");
        Answer queryAnswer;
        try {
            queryAnswer = exchange(request(query, authorization(target)).GET().build());
        } catch (IllegalStateException unopened) {
            queryAnswer = new Answer(0, unopened.getMessage(), null);
        }
        return new ConnectionTest(
                new ConnectionTest.Probe(about.toString(), aboutAnswer.status(), versions),
                new ConnectionTest.Probe(query.toString(), queryAnswer.status(),
                        queryAnswer.status() == 0 ? queryAnswer.text() : null));
    }

    private String authorization(ForwardingTarget target) {
        String pair = target.apiKey() + ":" + seal.open(target.sealedSecret());
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(URI address, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(address).timeout(settings.timeout())
                .header("X-Experience-API-Version", VERSION);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    private record Answer(int status, String text, Duration retryAfter) {
    }

    /**
     * Sends and waits for the whole answer, or gives up when connecting and answering together take longer than
     * they may. The request's own timeout covers only the wait for the headers; cancelling covers the body.
     */
    private Answer exchange(HttpRequest request) {
        KeptStart kept = new KeptStart();
        CompletableFuture<HttpResponse<Void>> pending = client().sendAsync(request,
                HttpResponse.BodyHandlers.ofByteArrayConsumer(kept));
        Duration limit = settings.connectTimeout().plus(settings.timeout());
        try {
            HttpResponse<Void> response = pending.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            return new Answer(response.statusCode(), kept.text(), retryAfter(response.headers().firstValue("Retry-After")));
        } catch (TimeoutException slow) {
            pending.cancel(true);
            return new Answer(0, "no complete answer within " + limit.toSeconds() + " s", null);
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            String why = cause instanceof HttpTimeoutException
                    ? "no answer within " + settings.timeout().toSeconds() + " s"
                    : "no answer: " + cause.getClass().getSimpleName()
                            + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")");
            return new Answer(0, why, null);
        } catch (InterruptedException interrupted) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            return new Answer(0, "interrupted", null);
        }
    }

    /** Retry-After in seconds; the HTTP-date form is rare from LRSs and left to the usual back-off. */
    private static Duration retryAfter(Optional<String> header) {
        try {
            return header.map(String::strip).map(Long::parseLong).filter(s -> s >= 0).map(Duration::ofSeconds)
                    .orElse(null);
        } catch (NumberFormatException notSeconds) {
            return null;
        }
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

    /** The start of an answer's body; the rest is read and dropped. */
    private static final class KeptStart implements Consumer<Optional<byte[]>> {

        private final ByteArrayOutputStream start = new ByteArrayOutputStream();

        @Override
        public synchronized void accept(Optional<byte[]> chunk) {
            chunk.ifPresent(bytes -> start.write(bytes, 0,
                    Math.max(0, Math.min(bytes.length, KEPT_ANSWER - start.size()))));
        }

        synchronized String text() {
            return start.toString(StandardCharsets.UTF_8).strip().replaceAll("\\s+", " ");
        }
    }

    private HttpClient client() {
        HttpClient current = client;
        if (current == null) {
            synchronized (this) {
                if (client == null) {
                    client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                            .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
                }
                current = client;
            }
        }
        return current;
    }
}
