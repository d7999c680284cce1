package eu.s3learning.xapi.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import eu.s3learning.xapi.AttachmentContent;
import eu.s3learning.xapi.MultipartMixed;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client against a small HTTP server in this JVM that records what arrives and answers as told. */
class XapiClientTest {

    private record Arrival(String method, URI uri, String version, String authorization, String contentType, byte[] body) {
    }

    private final BlockingQueue<Arrival> arrivals = new LinkedBlockingQueue<>();
    private final HttpServer server;
    private final XapiClient client = new XapiClient(Duration.ofSeconds(1), Duration.ofSeconds(1));
    private volatile Answering answering = exchange -> reply(exchange, 204, "");

    private interface Answering {
        void answer(HttpExchange exchange) throws Exception;
    }

    XapiClientTest() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            try {
                arrivals.add(new Arrival(exchange.getRequestMethod(), exchange.getRequestURI(),
                        exchange.getRequestHeaders().getFirst("X-Experience-API-Version"),
                        exchange.getRequestHeaders().getFirst("Authorization"), exchange.getRequestHeaders().getFirst("Content-Type"),
                        exchange.getRequestBody().readAllBytes()));
                answering.answer(exchange);
            } catch (Exception e) {
                exchange.close();
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI at(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Test
    void putsOneStatementToItsIdWithTheVersionAndTheCredentials() throws Exception {
        String json = "{\"id\":\"8f8f3b3a-6c6d-4a4f-9d6e-1f2e3d4c5b6a\"}";
        XapiClient.Answer answer = client.put(at("/xapi/statements?statementId=8f8f3b3a-6c6d-4a4f-9d6e-1f2e3d4c5b6a"),
                XapiClient.basic("key", "sécret"), new XapiClient.StatementsBody(json));
        assertEquals(204, answer.status());
        assertTrue(answer.answered());
        Arrival arrival = arrivals.poll(1, TimeUnit.SECONDS);
        assertEquals("PUT", arrival.method());
        assertEquals("/xapi/statements?statementId=8f8f3b3a-6c6d-4a4f-9d6e-1f2e3d4c5b6a", arrival.uri().toString());
        assertEquals("1.0.3", arrival.version());
        assertEquals("Basic a2V5OnPDqWNyZXQ=", arrival.authorization(), "key:sécret in UTF-8, Base64");
        assertEquals("application/json", arrival.contentType());
        assertEquals(json, new String(arrival.body(), StandardCharsets.UTF_8));
    }

    @Test
    void postsStatementsWithTheirAttachmentsAsMultipartEachContentOnce() throws Exception {
        byte[] certificate = "%PDF-1.4 certificate".getBytes(StandardCharsets.US_ASCII);
        AttachmentContent part = new AttachmentContent("ab12", "application/pdf", certificate);
        client.post(at("/xapi/statements"), null, new XapiClient.StatementsBody("[{},{}]", List.of(part, part)));
        Arrival arrival = arrivals.poll(1, TimeUnit.SECONDS);
        assertEquals("POST", arrival.method());
        assertTrue(arrival.contentType().startsWith("multipart/mixed; boundary="), arrival.contentType());
        List<MultipartMixed.Part> parts = MultipartMixed.parse(arrival.body(), MultipartMixed.boundary(arrival.contentType()));
        assertEquals(2, parts.size(), "the statements, then the one content both name");
        assertEquals("application/json", parts.get(0).mediaType());
        assertEquals("[{},{}]", new String(parts.get(0).content(), StandardCharsets.UTF_8));
        assertEquals("ab12", parts.get(1).header("X-Experience-API-Hash"));
        assertEquals("binary", parts.get(1).header("Content-Transfer-Encoding"));
        assertArrayEquals(certificate, parts.get(1).content());
    }

    @Test
    void keepsTheStartOfALongAnswerAndTheWaitAskedFor() {
        answering = exchange -> {
            exchange.getResponseHeaders().add("Retry-After", "7");
            reply(exchange, 503, "busy\n\n" + "x".repeat(1_000_000));
        };
        XapiClient.Answer answer = client.get(at("/xapi/about"), null);
        assertEquals(503, answer.status());
        assertEquals(XapiClient.KEPT_ANSWER, answer.text().length() + 1, "white space folded, the rest dropped");
        assertTrue(answer.text().startsWith("busy x"), answer.text());
        assertEquals(Duration.ofSeconds(7), answer.retryAfter());
    }

    @Test
    void givesUpOnAnLrsThatHangsOrTricklesWithinItsTimeouts() {
        answering = exchange -> {
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            for (int i = 0; i < 50; i++) {
                out.write('x');
                out.flush();
                Thread.sleep(100);
            }
            out.close();
        };
        long start = System.nanoTime();
        XapiClient.Answer answer = client.get(at("/xapi/statements"), null);
        long took = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertFalse(answer.answered());
        assertTrue(answer.text().startsWith("no complete answer within 2 s"), answer.text());
        assertTrue(took < 3_000, took + " ms");

        answering = exchange -> Thread.sleep(5_000);
        assertTrue(client.get(at("/xapi/statements"), null).text().startsWith("no answer within 1 s"));
        assertTrue(new XapiClient(Duration.ofMillis(300), Duration.ofMillis(300)).get(URI.create("http://127.0.0.1:1/xapi/about"), null)
                .text().startsWith("no answer: ConnectException"), "nothing listens");
    }

    @Test
    void doesNotFollowARedirectWithTheCredentials() throws Exception {
        answering = exchange -> {
            exchange.getResponseHeaders().add("Location", "http://elsewhere.example/steal");
            reply(exchange, 302, "");
        };
        assertEquals(302, client.get(at("/xapi/statements"), XapiClient.basic("k", "s")).status());
        arrivals.poll(1, TimeUnit.SECONDS);
        assertTrue(arrivals.isEmpty(), "one request only");
    }
}
