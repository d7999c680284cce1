package eu.s3learning.xapi.client;

import eu.s3learning.xapi.AttachmentContent;
import eu.s3learning.xapi.MultipartMixed;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Talks xAPI 1.0.3 to an LRS over java.net.http. Every request is bounded in time from connecting to the last byte
 * of the answer, and only the start of an answer is kept: an LRS that hangs, trickles or floods costs the caller at
 * most the timeouts. Redirects are not followed (the credentials would follow them). Thread-safe; one client serves
 * any number of LRSs.
 */
public final class XapiClient {

    public static final String VERSION = "1.0.3";
    /** How much of an answer is kept: enough for an About resource, or for a person to read an error. */
    static final int KEPT_ANSWER = 2000;

    private final HttpClient http;
    private final Duration connectTimeout;
    private final Duration timeout;

    /**
     * @param connectTimeout how long connecting may take
     * @param timeout how long the answer may take once connected
     */
    public XapiClient(Duration connectTimeout, Duration timeout) {
        this.connectTimeout = connectTimeout;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    /** The {@code Authorization} header of HTTP Basic, for an LRS client's key and secret. */
    public static String basic(String key, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    /** One statement, PUT to its address ({@code …/statements?statementId=…}): sending it again is harmless. */
    public Answer put(URI address, String authorization, StatementsBody body) {
        return exchange(body.into(request(address, authorization), "PUT").build());
    }

    /** Statements, POSTed to the Statement resource; when they all carry ids, as safe to repeat as a PUT. */
    public Answer post(URI address, String authorization, StatementsBody body) {
        return exchange(body.into(request(address, authorization), "POST").build());
    }

    /** A GET: a query of the Statement resource, the About resource ({@code authorization} may then be null) … */
    public Answer get(URI address, String authorization) {
        return exchange(request(address, authorization).GET().build());
    }

    private HttpRequest.Builder request(URI address, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(address).timeout(timeout).header("X-Experience-API-Version", VERSION);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    /**
     * Sends and waits for the whole answer, or gives up when connecting and answering together take longer than
     * they may. The request's own timeout covers only the wait for the headers; cancelling covers the body.
     */
    private Answer exchange(HttpRequest request) {
        KeptStart kept = new KeptStart();
        CompletableFuture<HttpResponse<Void>> pending = http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArrayConsumer(kept));
        Duration limit = connectTimeout.plus(timeout);
        try {
            HttpResponse<Void> response = pending.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            return new Answer(response.statusCode(), kept.text(), retryAfter(response.headers().firstValue("Retry-After")));
        } catch (TimeoutException slow) {
            pending.cancel(true);
            return Answer.none("no complete answer within " + limit.toSeconds() + " s");
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            return Answer.none(cause instanceof HttpTimeoutException ? "no answer within " + timeout.toSeconds() + " s"
                    : "no answer: " + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")"));
        } catch (InterruptedException interrupted) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            return Answer.none("interrupted");
        }
    }

    /** Retry-After in seconds; the HTTP-date form is rare from LRSs and left to the caller's usual back-off. */
    private static Duration retryAfter(Optional<String> header) {
        try {
            return header.map(String::strip).map(Long::parseLong).filter(s -> s >= 0).map(Duration::ofSeconds).orElse(null);
        } catch (NumberFormatException notSeconds) {
            return null;
        }
    }

    /**
     * What the LRS answered: its status and the start of its body (white space folded), and Retry-After when it
     * asked to wait. Status 0 when there was no answer; the text then says why.
     */
    public record Answer(int status, String text, Duration retryAfter) {

        static Answer none(String why) {
            return new Answer(0, why, null);
        }

        public boolean answered() {
            return status != 0;
        }
    }

    /**
     * Statements as the Statement resource takes them: their JSON (one object, or an array), as
     * {@code application/json}, or with attachment contents as {@code multipart/mixed}.
     */
    public record StatementsBody(String json, List<AttachmentContent> attachments) {

        public StatementsBody(String json) {
            this(json, List.of());
        }

        HttpRequest.Builder into(HttpRequest.Builder request, String method) {
            if (attachments.isEmpty()) {
                return request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
            }
            MultipartMixed.Written body = MultipartMixed.statements(json, attachments);
            return request.header("Content-Type", body.contentType()).method(method, HttpRequest.BodyPublishers.ofByteArray(body.body()));
        }
    }

    /** The start of an answer's body; the rest is read and dropped. */
    private static final class KeptStart implements Consumer<Optional<byte[]>> {

        private final ByteArrayOutputStream start = new ByteArrayOutputStream();

        @Override
        public synchronized void accept(Optional<byte[]> chunk) {
            chunk.ifPresent(bytes -> start.write(bytes, 0, Math.max(0, Math.min(bytes.length, KEPT_ANSWER - start.size()))));
        }

        synchronized String text() {
            return start.toString(StandardCharsets.UTF_8).strip().replaceAll("\\s+", " ");
        }
    }
}
