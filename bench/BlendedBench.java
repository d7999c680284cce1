import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The blended journey under load, through the real pages of the runnable bundle in demo mode:
 * trainees register, verify (reading the outbox), sign in, enrol in the demo group and complete
 * its preparation, exactly as a browser would post the forms. Then, depending on the mode:
 * <ul>
 * <li>{@code journey}: every trainee views their journey page again and again (with a think
 *     time) while, in the same run, one client fetches a static file of the same server; prints
 *     both p95s and their ratio.</li>
 * <li>{@code seat-race}: the demo trainer opens a 20-seat session; all trainees press "Sign up"
 *     at the same moment, sending what the journey page's script sends; prints how many were
 *     seated and waitlisted (checked against the session's own lists) and the p95 of the sign-up
 *     requests. Two such races, Day 2 then Day 1; the last line is the second's. That the waiting list keeps
 *     arrival order is checked by ProgrammeDeliveryIT, where the server's times can be read.</li>
 * </ul>
 */
public class BlendedBench {

    static final String PASSWORD = "benchmark passphrase for Oltenia";
    static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    static final Pattern NONCE = Pattern.compile("name=\"primefaces.nonce\" value=\"([^\"]+)\"");
    static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");

    static String base;
    static Path outbox;

    public static void main(String[] args) {
        try {
            run(args);
            System.exit(0);
        } catch (Exception | Error failure) {
            // Worker threads may still be waiting; the run is over either way.
            failure.printStackTrace();
            System.exit(1);
        }
    }

    static void run(String[] args) throws Exception {
        base = args[0];
        outbox = Path.of(args[1]);
        String mode = args[2];
        int trainees = Integer.parseInt(args[3]);
        Browser trainer = new Browser();
        trainer.signIn("trainer@demo.s3-learning.eu", "S3-demo-training!");
        long cohort = Long.parseLong(find(Pattern.compile("cohort.xhtml\\?id=(\\d+)"), trainer.get("trainer/home.xhtml")));
        raiseCapacity(trainer, cohort, trainees + 50);

        long setupStart = System.nanoTime();
        List<Browser> people = setUp(trainees);
        System.out.printf("%d trainees registered, verified, signed in, enrolled and prepared in %.0f s%n", trainees,
                (System.nanoTime() - setupStart) / 1e9);
        if (mode.equals("journey")) {
            journey(people, Integer.parseInt(args[4]), Integer.parseInt(args[5]));
        } else {
            // Two races by the same trainees: Day 2, then the measured one for Day 1. The first
            // after a start runs the sign-up code before the compiler has seen it; a server that
            // has been up for a while has compiled it. Both are printed.
            seatRace(trainer, cohort, people, "Day 2", 28);
            seatRace(trainer, cohort, people, "Day 1", 21);
        }
    }

    // ---- the two measurements ----

    static void journey(List<Browser> people, int viewsEach, int thinkMillis) throws Exception {
        for (Browser b : people) {
            b.get(b.journey);
        }
        ExecutorService pool = Executors.newFixedThreadPool(people.size() + 1);
        List<Long> journeyTimes = Collections.synchronizedList(new ArrayList<>());
        List<Long> staticTimes = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (Browser b : people) {
            running.add(pool.submit(() -> {
                start.await();
                java.util.Random random = new java.util.Random();
                Thread.sleep(random.nextInt(thinkMillis));
                for (int i = 0; i < viewsEach; i++) {
                    long t = System.nanoTime();
                    String page = b.get(b.journey);
                    journeyTimes.add(System.nanoTime() - t);
                    if (!page.contains("id=\"phase-PREPARATION\"")) {
                        throw new IllegalStateException("not a journey page: " + page.substring(0, Math.min(400, page.length())));
                    }
                    Thread.sleep(thinkMillis / 2 + random.nextInt(thinkMillis));
                }
                return null;
            }));
        }
        HttpClient plain = HttpClient.newHttpClient();
        running.add(pool.submit(() -> {
            start.await();
            long end = System.nanoTime() + (long) viewsEach * thinkMillis * 1_000_000L;
            while (System.nanoTime() < end) {
                long t = System.nanoTime();
                HttpResponse<String> r = plain.send(HttpRequest.newBuilder(URI.create(base + "robots.txt")).build(),
                        HttpResponse.BodyHandlers.ofString());
                staticTimes.add(System.nanoTime() - t);
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("static file: " + r.statusCode());
                }
                Thread.sleep(20);
            }
            return null;
        }));
        long began = System.nanoTime();
        Cpu cpu = new Cpu();
        start.countDown();
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - began) / 1e9;
        cpu.print("the views", journeyTimes.size(), "journey view");
        long journeyP95 = p95(journeyTimes);
        long staticP95 = p95(staticTimes);
        System.out.printf("%d journey views by %d signed-in trainees in %.0f s (%.0f/s), p50 %d ms; %d static fetches, p50 %d ms%n",
                journeyTimes.size(), people.size(), seconds, journeyTimes.size() / seconds, p50(journeyTimes), staticTimes.size(),
                p50(staticTimes));
        System.out.printf("journey_p95_ms=%d static_p95_ms=%d ratio=%.1f%n", journeyP95, staticP95,
                journeyP95 / (double) Math.max(1, staticP95));
    }

    static void seatRace(Browser trainer, long cohort, List<Browser> people, String unitName, int inDays) throws Exception {
        LocalDate day = LocalDate.now(BUCHAREST).plusDays(inDays);
        String page = trainer.get("trainer/cohort.xhtml?id=" + cohort);
        String unit = find(Pattern.compile("<option value=\"(\\d+)\">" + unitName), page);
        String room = find(Pattern.compile("<option value=\"(\\d+)\">[^<]*Danube room"), page);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("schedule:unit", unit);
        fields.put("schedule:mode", "IN_PERSON");
        fields.put("schedule:title", "Race for seats " + unitName);
        fields.put("schedule:starts", day + "T09:00");
        fields.put("schedule:ends", day + "T17:00");
        fields.put("schedule:room", room);
        fields.put("schedule:meeting", "");
        fields.put("schedule:capacity", "20");
        fields.put("schedule:deadline", day.minusDays(1) + "T12:00");
        // The checked trainer: the planning one, as the page offers.
        fields.put("schedule:trainers", find(Pattern.compile("<input(?=[^>]*name=\"schedule:trainers\")(?=[^>]*checked)[^>]*value=\"(\\d+)\""), page));
        fields.put("schedule:submit", "Plan a session");
        String done = trainer.post("trainer/cohort.xhtml?id=" + cohort, page, "schedule", fields);
        if (!done.contains("The session was planned.")) {
            throw new IllegalStateException("the race session was not planned: " + text(done));
        }
        String session = find(Pattern.compile("session.xhtml\\?id=(\\d+)\">Race for seats " + unitName), trainer.get("trainer/cohort.xhtml?id=" + cohort));

        // What the journey page's script (seats.js) sends when Sign up is pressed, read from each
        // trainee's page before the start so that nothing but the requests runs during the race.
        Pattern table = Pattern.compile("data-seats=\"([^\"]+)\" data-token=\"([^\"]+)\"(?:(?!</table>).)*data-session=\"" + session + "\"",
                Pattern.DOTALL);
        List<String[]> presses = new ArrayList<>();
        for (Browser b : people) {
            Matcher m = table.matcher(b.get(b.journey));
            if (!m.find()) {
                throw new IllegalStateException("no sign-up for the race session on the journey page");
            }
            presses.add(new String[] {m.group(1), m.group(2)});
        }
        List<RawRequest> requests = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            requests.add(people.get(i).scriptRequest(presses.get(i)[0], presses.get(i)[1], "action=sign-up&session=" + session));
        }
        Cpu cpu = new Cpu();
        List<Long> latencies = new ArrayList<>();
        int seated = 0;
        int waitlisted = 0;
        for (RawRequest.Answer answer : RawRequest.sendAtOnce(requests)) {
            latencies.add(answer.nanos());
            if (answer.body().contains("\"outcome\":\"SEATED\"")) {
                seated++;
            } else if (answer.body().contains("\"outcome\":\"WAITLISTED\"")) {
                waitlisted++;
            } else {
                throw new IllegalStateException("unexpected answer: " + answer.body());
            }
        }
        cpu.print("the race", people.size(), "sign-up");
        String register = trainer.get("trainer/session.xhtml?id=" + session);
        int listed = count(Pattern.compile("<tr class=\"attendee\""), register);
        int waiting = count(Pattern.compile("<li>[^<]*\\("), register.substring(register.indexOf("id=\"waiting\"")));
        System.out.printf("the session page lists %d seated and %d waiting; answers: %d seated, %d waitlisted; p50 %d ms%n",
                listed, waiting, seated, waitlisted, p50(latencies));
        if (listed != seated || waiting != waitlisted) {
            throw new IllegalStateException("the answers and the session's lists disagree");
        }
        System.out.printf("seated=%d waitlisted=%d p95_ms=%d%n", seated, waitlisted, p95(latencies));
    }

    /** CPU time the server and this client spend per unit of work, to tell where a latency comes from. */
    static final class Cpu {
        private final ProcessHandle server = ProcessHandle.of(Long.getLong("bench.server.pid", -1)).orElse(null);

        private static long nanos(ProcessHandle process) {
            return process == null ? -1 : process.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(-1L);
        }

        private final Map<String, Long> threadsStart = serverThreads();
        // After reading the server's threads, which is not the client's work.
        private final long serverStart = nanos(server);
        private final long clientStart = nanos(ProcessHandle.current());

        /** CPU ticks of the server's threads by name (Linux /proc; empty elsewhere), to tell requests from background work. */
        private Map<String, Long> serverThreads() {
            Map<String, Long> ticks = new java.util.TreeMap<>();
            if (server == null) {
                return ticks;
            }
            try (Stream<Path> threads = Files.list(Path.of("/proc", Long.toString(server.pid()), "task"))) {
                for (Path thread : threads.toList()) {
                    try {
                        String stat = Files.readString(thread.resolve("stat"));
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        String name = Files.readString(thread.resolve("comm")).trim().replaceAll("[0-9-]+$", "");
                        ticks.merge(name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum);
                    } catch (IOException | RuntimeException ended) {
                        // the thread ended meanwhile
                    }
                }
            } catch (IOException notLinux) {
                // no per-thread figures
            }
            return ticks;
        }

        void print(String phase, int units, String unit) {
            long serverNanos = nanos(server) - serverStart;
            long clientNanos = nanos(ProcessHandle.current()) - clientStart;
            StringBuilder threads = new StringBuilder();
            long[] others = new long[1];
            serverThreads().forEach((name, ticks) -> {
                long ms = (ticks - threadsStart.getOrDefault(name, 0L)) * 10;
                if (ms >= 50) {
                    threads.append(threads.length() == 0 ? "" : ", ").append(name).append(' ').append(ms).append(" ms");
                } else {
                    others[0] += ms;
                }
            });
            if (threads.length() > 0) {
                threads.append(", others ").append(others[0]).append(" ms");
                System.out.println("Server threads' CPU during " + phase + ": " + threads);
            }
            System.out.printf("CPU per %s during %s: server %.1f ms, client %.1f ms%n", unit, phase,
                    serverNanos / 1e6 / units, clientNanos / 1e6 / units);
        }
    }

    // ---- setting up trainees through the real forms ----

    static List<Browser> setUp(int trainees) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Browser>> made = new ArrayList<>();
        String run = Long.toString(System.currentTimeMillis(), 36);
        for (int i = 0; i < trainees; i++) {
            String email = "bench-" + run + "-" + i + "@example.ro";
            made.add(pool.submit(() -> trainee(email)));
        }
        List<Browser> people = new ArrayList<>();
        for (Future<Browser> f : made) {
            people.add(f.get());
        }
        pool.shutdown();
        return people;
    }

    static Browser trainee(String email) throws Exception {
        Browser b = new Browser();
        String form = b.get("register.xhtml?lang=en");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("register:fullName", "Bench Trainee");
        fields.put("register:email", email);
        fields.put("register:organisation", "ADR Sud-Vest Oltenia");
        fields.put("register:country", "RO");
        fields.put("register:language", "en");
        fields.put("register:password", PASSWORD);
        fields.put("register:privacy", "on");
        fields.put("register:submit", "Register");
        b.post("register.xhtml", form, "register", fields);
        String verified = b.get(verificationLink(email).substring(base.length()));
        if (!verified.contains("id=\"verified\"")) {
            throw new IllegalStateException(email + " was not verified: " + text(verified));
        }
        b.signIn(email, PASSWORD);
        String home = b.get("trainee/home.xhtml");
        String button = find(Pattern.compile("name=\"([^\"]+)\" value=\"Enrol\""), home);
        String enrolled = b.post("trainee/home.xhtml", home, "join", Map.of(button, "Enrol"));
        b.journey = "trainee/journey.xhtml?enrolment=" + find(Pattern.compile("enrolment=(\\d+)"), enrolled + b.lastLocation);
        String journey = b.get(b.journey);
        Matcher units = Pattern.compile("unit.xhtml\\?enrolment=\\d+&amp;unit=(\\d+)\">([^<]+)</a>").matcher(
                journey.substring(journey.indexOf("id=\"phase-PREPARATION\""), journey.indexOf("id=\"phase-FACE_TO_FACE\"")));
        while (units.find()) {
            String unitPage = b.get("trainee/unit.xhtml?enrolment=" + b.journey.substring(b.journey.indexOf('=') + 1) + "&unit=" + units.group(1));
            if (unitPage.contains("id=\"done:mark-done\"")) {
                b.post("trainee/unit.xhtml?enrolment=" + b.journey.substring(b.journey.indexOf('=') + 1) + "&unit=" + units.group(1),
                        unitPage, "done", Map.of("done:mark-done", "Mark as done"));
            }
        }
        if (b.get(b.journey).contains("id=\"lock-FACE_TO_FACE\"")) {
            throw new IllegalStateException(email + " did not complete the preparation");
        }
        return b;
    }

    static String verificationLink(String email) throws Exception {
        Pattern link = Pattern.compile("(https?://\\S+verify\\.xhtml\\?token=\\S+)");
        for (int attempt = 0; attempt < 300; attempt++) {
            try (Stream<Path> files = Files.list(outbox)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".eml")).toList()) {
                    String mail = Files.readString(file, StandardCharsets.ISO_8859_1);
                    if (mail.contains("To: " + email)) {
                        Matcher m = link.matcher(mail.replace("=\r\n", "").replace("=3D", "="));
                        if (m.find()) {
                            return m.group(1);
                        }
                    }
                }
            } catch (java.nio.file.NoSuchFileException notYet) {
                // the outbox appears with the first mail
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("no verification mail for " + email);
    }

    static void raiseCapacity(Browser trainer, long cohort, int places) throws Exception {
        String page = trainer.get("trainer/cohort.xhtml?id=" + cohort);
        Map<String, String> fields = new LinkedHashMap<>(inputs(page, "plan"));
        fields.put("plan:capacity", Integer.toString(places));
        fields.put("plan:submit", "Save the changes");
        String done = trainer.post("trainer/cohort.xhtml?id=" + cohort, page, "plan", fields);
        if (!done.contains("The group was changed")) {
            throw new IllegalStateException("capacity not raised: " + text(done));
        }
    }

    // ---- a browser, as far as forms go ----

    static final class Browser {
        final CookieManager cookies = new CookieManager();
        /**
         * One connection per request ("Connection: close"): with hundreds of clients the server
         * closes idle kept-alive connections, and a request sent on one just then is lost.
         */
        final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL).build();
        String journey;
        String lastLocation = "";

        String get(String path) throws IOException, InterruptedException {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Connection", "close").build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + ": " + r.statusCode());
            }
            lastLocation = r.uri().toString();
            return r.body();
        }

        /** Posts a form of the page as a browser would: its hidden fields, the given fields, the view state and nonce. */
        String post(String path, String page, String formId, Map<String, String> fields) throws IOException, InterruptedException {
            Map<String, String> all = new LinkedHashMap<>();
            all.put(formId, formId);
            all.putAll(fields);
            all.put("primefaces.nonce", find(NONCE, page));
            all.put("jakarta.faces.ViewState", find(VIEW_STATE, page));
            StringBuilder body = new StringBuilder();
            all.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(enc(k)).append('=').append(enc(v)));
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Connection", "close")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("POST " + path + ": " + r.statusCode());
            }
            lastLocation = r.uri().toString();
            return r.body();
        }

        /**
         * A request as the platform's page scripts send it (the sign-in's script token in a header,
         * a JSON answer), written out beforehand for a race: sent on a plain socket, it costs the
         * client a fraction of a millisecond where this JVM's HTTP client costs several, on the
         * same two cores as the server it measures.
         */
        RawRequest scriptRequest(String path, String token, String body) {
            URI uri = URI.create(base).resolve(path);
            String cookie = cookies.getCookieStore().get(uri).stream().map(java.net.HttpCookie::toString)
                    .reduce((a, c) -> a + "; " + c).orElseThrow();
            byte[] content = body.getBytes(StandardCharsets.UTF_8);
            String head = "POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nCookie: " + cookie + "\r\nX-S3-Token: " + token
                    + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + content.length
                    + "\r\nConnection: close\r\n\r\n";
            byte[] bytes = (head + body).getBytes(StandardCharsets.UTF_8);
            return new RawRequest(uri.getHost(), uri.getPort(), bytes);
        }

        void signIn(String email, String password) throws IOException, InterruptedException {
            String form = get("login.xhtml");
            String done = post("login.xhtml", form, "signin", Map.of("signin:email", email, "signin:password", password, "signin:submit", "Sign in"));
            if (lastLocation.contains("login.xhtml")) {
                throw new IllegalStateException(email + " was not signed in: " + text(done));
            }
        }
    }

    /** An HTTP request written out, ready to go. */
    record RawRequest(String host, int port, byte[] bytes) {

        /** The body of a 200 and the time from connecting to the last byte; any other status is an exception. */
        record Answer(String body, long nanos) {
        }

        /**
         * Sends all the requests at once and waits for every answer, from one thread with
         * non-blocking sockets (as load generators such as wrk do): a thread per request spent
         * over a millisecond of processor each, on the same two cores as the server it measures.
         * Each request's time runs from its own connect to the last byte of its answer.
         */
        static List<Answer> sendAtOnce(List<RawRequest> requests) throws IOException {
            final class Exchange {
                final RawRequest request;
                final long start = System.nanoTime();
                final java.io.ByteArrayOutputStream received = new java.io.ByteArrayOutputStream();
                java.nio.ByteBuffer unsent;
                Answer answer;

                Exchange(RawRequest request) {
                    this.request = request;
                    this.unsent = java.nio.ByteBuffer.wrap(request.bytes());
                }
            }
            List<Exchange> exchanges = new ArrayList<>();
            try (java.nio.channels.Selector selector = java.nio.channels.Selector.open()) {
                for (RawRequest request : requests) {
                    java.nio.channels.SocketChannel channel = java.nio.channels.SocketChannel.open();
                    channel.configureBlocking(false);
                    Exchange exchange = new Exchange(request);
                    exchanges.add(exchange);
                    channel.connect(new java.net.InetSocketAddress(request.host(), request.port()));
                    channel.register(selector, java.nio.channels.SelectionKey.OP_CONNECT, exchange);
                }
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(64 * 1024);
                int open = exchanges.size();
                while (open > 0) {
                    if (selector.select(60_000) == 0) {
                        throw new IllegalStateException(open + " requests still unanswered after a minute");
                    }
                    for (java.nio.channels.SelectionKey key : selector.selectedKeys()) {
                        Exchange exchange = (Exchange) key.attachment();
                        java.nio.channels.SocketChannel channel = (java.nio.channels.SocketChannel) key.channel();
                        if (key.isConnectable() && channel.finishConnect()) {
                            key.interestOps(java.nio.channels.SelectionKey.OP_WRITE);
                        } else if (key.isWritable()) {
                            channel.write(exchange.unsent);
                            if (!exchange.unsent.hasRemaining()) {
                                key.interestOps(java.nio.channels.SelectionKey.OP_READ);
                            }
                        } else if (key.isReadable()) {
                            buffer.clear();
                            int read = channel.read(buffer);
                            if (read > 0) {
                                exchange.received.write(buffer.array(), 0, read);
                            } else if (read < 0) {
                                // "Connection: close": the answer ends with the connection.
                                long nanos = System.nanoTime() - exchange.start;
                                channel.close();
                                open--;
                                String answer = exchange.received.toString(StandardCharsets.UTF_8);
                                if (!answer.startsWith("HTTP/1.1 200")) {
                                    throw new IllegalStateException("not a 200: " + answer);
                                }
                                exchange.answer = new Answer(answer.substring(answer.indexOf("\r\n\r\n") + 4), nanos);
                            }
                        }
                    }
                    selector.selectedKeys().clear();
                }
            }
            return exchanges.stream().map(e -> e.answer).toList();
        }
    }

    /** The named inputs of one form, with their current values (text inputs, selected options). */
    static Map<String, String> inputs(String page, String formId) {
        int start = page.indexOf("<form id=\"" + formId + "\"");
        String form = page.substring(start, page.indexOf("</form>", start));
        Map<String, String> values = new LinkedHashMap<>();
        Matcher input = Pattern.compile("<input[^>]*?(?:type=\"(?:text|number|datetime-local|date|email|url)\"[^>]*?)?name=\"([^\"]+)\"[^>]*?value=\"([^\"]*)\"[^>]*>").matcher(form);
        while (input.find()) {
            if (!input.group(0).contains("type=\"submit\"") && !input.group(0).contains("type=\"hidden\"")) {
                values.put(input.group(1), input.group(2).replace("&amp;", "&"));
            }
        }
        Matcher select = Pattern.compile("<select[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL).matcher(form);
        while (select.find()) {
            Matcher chosen = Pattern.compile("<option value=\"([^\"]*)\" selected").matcher(select.group(2));
            if (chosen.find()) {
                values.put(select.group(1), chosen.group(1));
            }
        }
        return values;
    }

    static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("not found: " + pattern + " in " + text(text));
        }
        return URLDecoder.decode(m.group(1).replace("&amp;", "&"), StandardCharsets.UTF_8);
    }

    static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static String text(String html) {
        String plain = html.replaceAll("(?s)<script.*?</script>", "").replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
        return plain.length() > 600 ? plain.substring(0, 600) : plain;
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static long p95(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1_000_000;
    }

    static long p50(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2) / 1_000_000;
    }
}
