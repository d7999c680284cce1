import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs in through the real sign-in form with N concurrent users and prints the p95 of the
 * sign-in POST (the request that checks the password), plus the argon2id hash cost measured in
 * this process with the platform's own hasher.
 */
public class SignInBench {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("name=\"primefaces.nonce\" value=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int users = Integer.parseInt(args[1]);
        int perUser = Integer.parseInt(args[2]);
        String[] accounts = {"trainee@demo.s3-learning.eu", "trainer@demo.s3-learning.eu",
                "partner@demo.s3-learning.eu", "admin@demo.s3-learning.eu"};
        String password = "S3-demo-training!";

        // Steady state: a first round at full concurrency warms the server's JIT and is discarded.
        run(base, users, perUser, accounts, password);
        List<Long> latencies = run(base, users, perUser, accounts, password);
        reportAndHashCost(latencies, users);
    }

    static List<Long> run(String base, int users, int perUser, String[] accounts, String password) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(users);
        List<Future<?>> runs = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            String account = accounts[u % accounts.length];
            runs.add(pool.submit(() -> {
                User user = new User();
                for (int i = 0; i < perUser; i++) {
                    latencies.add(user.signIn(base, account, password));
                }
                return null;
            }));
        }
        for (Future<?> run : runs) {
            run.get();
        }
        pool.shutdown();
        return latencies;
    }

    static void reportAndHashCost(List<Long> latencies, int users) {
        for (int i = 0; i < 30; i++) {
            eu.s3learning.core.identity.PasswordHasher.hash("warm-up passphrase " + i);
        }
        long hashStart = System.nanoTime();
        int hashes = 20;
        for (int i = 0; i < hashes; i++) {
            eu.s3learning.core.identity.PasswordHasher.hash("benchmark passphrase " + i);
        }
        double hashMs = (System.nanoTime() - hashStart) / 1e6 / hashes;

        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        long p50 = sorted.get(sorted.size() / 2) / 1_000_000;
        long p95 = sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1_000_000;
        System.out.printf("%d sign-ins by %d concurrent users; p50 %d ms; argon2id (7 MiB, t=5, p=1) hash %.1f ms on one core%n",
                sorted.size(), users, p50, hashMs);
        System.out.printf("signin_p95_ms=%d%n", p95);
    }

    /** One browser: its own connection and cookies, which it forgets between sign-ins. */
    static final class User {
        private final CookieManager cookies = new CookieManager();
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

        /** One sign-in in a fresh session: open the form, then post it; returns the post's latency in nanoseconds. */
        long signIn(String base, String email, String password) throws Exception {
            cookies.getCookieStore().removeAll();
            String form = http.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            String body = "signin=signin&signin%3Aemail=" + enc(email) + "&signin%3Apassword=" + enc(password)
                    + "&signin%3Asubmit=Sign+in&primefaces.nonce=" + enc(find(NONCE, form))
                    + "&jakarta.faces.ViewState=" + enc(find(VIEW_STATE, form));
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            long elapsed = System.nanoTime() - start;
            String location = response.headers().firstValue("Location").orElse("");
            if (response.statusCode() != 302 || !location.endsWith("/app/home.xhtml")) {
                throw new IllegalStateException("sign-in of " + email + " failed: " + response.statusCode() + " " + location);
        }
        return elapsed;
        }
    }

    private static String find(Pattern pattern, String page) {
        Matcher m = pattern.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("form field missing: " + pattern);
        }
        return m.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
