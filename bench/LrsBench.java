import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The platform's LRS under load, against the runnable bundle, which this starts (and, for the crash run, kills):
 * <ul>
 * <li>{@code ingest [stored]}: 8 clients POST batches of 50 statements; in the same run the same rows (read back
 *     from the LRS's tables) are inserted with plain JDBC into tables of the same layout, 8 threads and a commit per
 *     50 statements, as the limit. Then 20 clients POST single statements; then the store is filled to
 *     {@code stored} statements (default 1,000,000) and 8 clients GET by agent and verb, then one client alone.</li>
 * <li>{@code crash [mariadb|embedded]}: 8 clients send 20,000 statements in batches of 10; when half are
 *     acknowledged the server is killed with SIGKILL, started again, and the clients send again what was not
 *     acknowledged (same ids), as any xAPI client would. Then every acknowledged statement is looked for through
 *     the LRS itself.</li>
 * </ul>
 * The statements are shaped like the platform's own: 2,000 learners, 10 verbs, 500 activities, a registration,
 * parent and grouping activities, a result.
 */
public class LrsBench {

    static final String KEY = "bench";
    static final String SECRET = "bench-secret-not-for-production-0123456789";
    static final String AUTHORIZATION = "Basic "
            + Base64.getEncoder().encodeToString((KEY + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
    static final String MARIADB = System.getenv().getOrDefault("S3_BENCH_MARIADB", "jdbc:mariadb://127.0.0.1:3306/");
    static final String DATABASE = "s3_bench_lrs";
    static final int PORT = 18383;
    static final String BASE = "http://127.0.0.1:" + PORT + "/xapi/";

    public static void main(String[] args) {
        Server server = null;
        try {
            Path work = Files.createTempDirectory("lrs-bench");
            String mode = args.length > 0 ? args[0] : "ingest";
            boolean embedded = mode.equals("crash") && args.length > 1 && args[1].equals("embedded");
            // "get" reads the store the last ingest run left, to look at reads alone.
            if (!embedded && !mode.equals("get")) {
                freshDatabase();
            }
            server = new Server(work, embedded);
            Runtime.getRuntime().addShutdownHook(new Thread(server::kill));
            server.start();
            if (mode.equals("ingest")) {
                ingest(server, args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000);
            } else if (mode.equals("get")) {
                gets(server, new Generator(1));
            } else if (mode.equals("crash")) {
                crash(server);
            } else {
                throw new IllegalArgumentException("mode: ingest or crash");
            }
            server.stop();
            System.exit(0);
        } catch (Exception | Error failure) {
            failure.printStackTrace();
            if (server != null) {
                System.err.println("The server's log: " + server.log);
            }
            System.exit(1);
        }
    }

    // ---------------------------------------------------------------------------------------------------- ingest

    static void ingest(Server server, int target) throws Exception {
        Generator generator = new Generator(1);
        System.out.println("warm-up: 8 clients x 20 batches of 50, then 20 clients x 25 single statements");
        postBatches(generator, 8, 20, 50);
        postSingles(generator, 20, 25);

        // Rounds alternate the LRS and the raw insert, so that both meet the database in the same states (its
        // buffer pool, its background flushing); the medians are compared.
        int batchesEach = Integer.parseInt(System.getenv().getOrDefault("S3_BENCH_BATCHES", "100"));
        int perRound = 8 * batchesEach * 50;
        double[] lrsRates = new double[3];
        double[] rawRates = new double[3];
        RawRows rows = null;
        for (int round = 0; round < 3; round++) {
            long before = maxSeq();
            Cpu cpu = new Cpu(server);
            Timing batches = postBatches(generator, 8, batchesEach, 50);
            cpu.print("LRS batches", perRound, "statement");
            lrsRates[round] = perRound / batches.seconds;
            System.out.printf("LRS: %d statements in %.1f s: %.0f statements/s (batch of 50: p50 %.1f ms, p95 %.1f ms)%n",
                    perRound, batches.seconds, lrsRates[round], batches.percentile(50), batches.percentile(95));
            rows = RawRows.read(before, maxSeq());
            if (round == 0) {
                rows.createTables();
            }
            Cpu rawCpu = new Cpu(server);
            double rawSeconds = rows.insert(8, 50, 0, rows.statements.size());
            rawCpu.print("raw JDBC", rows.statements.size(), "statement");
            rawRates[round] = rows.statements.size() / rawSeconds;
            System.out.printf("raw JDBC, same rows and table layout: %d statements (%d rows) in %.1f s: %.0f statements/s,"
                    + " %.0f rows/s%n", rows.statements.size(), rows.rowsFrom(0), rawSeconds, rawRates[round],
                    rows.rowsFrom(0) / rawSeconds);
        }
        double lrsRate = median(lrsRates);
        double rawRate = median(rawRates);
        System.out.printf("medians of 3 rounds: LRS %.0f statements/s, raw JDBC %.0f statements/s%n", lrsRate, rawRate);
        System.out.printf("raw JDBC, statement rows alone (no index rows): %.0f rows/s%n", rows.insertStatementRowsOnly(8, 50));

        Cpu cpu = new Cpu(server);
        Timing singles = postSingles(generator, 20, 200);
        cpu.print("single POSTs", 4_000, "request");
        System.out.printf("single-statement POST, 20 clients x 200: p50 %.1f ms, p95 %.1f ms, %.0f requests/s%n",
                singles.percentile(50), singles.percentile(95), 4_000 / singles.seconds);

        fill(generator, target);
        Timing gets = gets(server, generator);
        System.out.printf("stmts_per_s=%.0f ratio_to_raw=%.2f single_p95_ms=%.1f get_p95_ms=%.1f%n",
                lrsRate, lrsRate / rawRate, singles.percentile(95), gets.percentile(95));
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** The bodies are made before the clock starts: the clients only send, as the raw insert only inserts. */
    static Timing postBatches(Generator generator, int clients, int batchesEach, int size) throws Exception {
        ConcurrentLinkedQueue<byte[]> bodies = new ConcurrentLinkedQueue<>();
        for (int b = 0; b < clients * batchesEach; b++) {
            List<String> batch = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                batch.add(generator.next(UUID.randomUUID()));
            }
            bodies.add(("[" + String.join(",", batch) + "]").getBytes(StandardCharsets.UTF_8));
        }
        return concurrently(clients, batchesEach, (http, timing) -> {
            byte[] body = bodies.poll();
            long start = System.nanoTime();
            Answer answer = http.post("statements", body);
            timing.add(System.nanoTime() - start);
            answer.expect(200);
        });
    }

    static Timing postSingles(Generator generator, int clients, int each) throws Exception {
        ConcurrentLinkedQueue<byte[]> bodies = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < clients * each; i++) {
            bodies.add(generator.next(UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
        }
        return concurrently(clients, each, (http, timing) -> {
            byte[] body = bodies.poll();
            long start = System.nanoTime();
            Answer answer = http.post("statements", body);
            timing.add(System.nanoTime() - start);
            answer.expect(200);
        });
    }

    static void fill(Generator generator, int target) throws Exception {
        int stored = count();
        long start = System.nanoTime();
        int batches = Math.max(0, (target - stored + 8 * 200 - 1) / (8 * 200));
        System.out.printf("filling the store from %d to about %d statements, 8 clients x batches of 200%n", stored, target);
        for (int round = 0; round < batches; round += 100) {
            postBatches(generator, 8, Math.min(100, batches - round), 200);
            System.out.printf("  %d stored after %.0f s%n", count(), (System.nanoTime() - start) / 1e9);
        }
    }

    static Timing gets(Server server, Generator generator) throws Exception {
        long readsBefore = diskReads();
        Cpu cpu = new Cpu(server);
        Timing gets = getByAgentAndVerb(generator, 8, 250, 7);
        cpu.print("GETs", 2_200, "request");
        System.out.printf("GET by agent and verb, %d stored, 8 clients x 250: p50 %.1f ms, p95 %.1f ms,"
                + " %.1f statements per answer, %.1f database pages read from disk per request%n", count(),
                gets.percentile(50), gets.percentile(95), gets.found.get() / 2_000.0,
                (diskReads() - readsBefore) / 2_200.0);
        // The query's own time, without the queue that eight clients make on two cores: one client, other pairs.
        Timing alone = getByAgentAndVerb(generator, 1, 250, 11);
        System.out.printf("GET by agent and verb, one client x 250 (other agents and verbs): p50 %.1f ms, p95 %.1f ms%n",
                alone.percentile(50), alone.percentile(95));
        return gets;
    }

    /** InnoDB's count of pages it had to read from disk (not found in its buffer pool). */
    static long diskReads() throws SQLException {
        try (Connection c = database(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SHOW GLOBAL STATUS LIKE 'Innodb_buffer_pool_reads'")) {
            r.next();
            return r.getLong(2);
        }
    }

    static Timing getByAgentAndVerb(Generator generator, int clients, int each, long seed) throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        concurrently(clients, 25, (http, timing) -> getOne(http, timing, generator, random));
        return concurrently(clients, each, (http, timing) -> getOne(http, timing, generator, random));
    }

    static void getOne(Http http, Timing timing, Generator generator, SplittableRandom shared) throws Exception {
        int learner;
        int verb;
        synchronized (shared) {
            learner = shared.nextInt(Generator.LEARNERS);
            verb = shared.nextInt(Generator.VERBS.length);
        }
        String query = "statements?agent=" + encode("{\"mbox\":\"" + Generator.mbox(learner) + "\"}")
                + "&verb=" + encode(Generator.VERBS[verb]);
        long start = System.nanoTime();
        Answer answer = http.get(query);
        timing.add(System.nanoTime() - start);
        answer.expect(200);
        timing.found.addAndGet(countIds(answer.body()));
    }

    // ----------------------------------------------------------------------------------------------------- crash

    static void crash(Server server) throws Exception {
        int total = 20_000;
        int size = 10;
        Generator generator = new Generator(2);
        ConcurrentLinkedQueue<List<UUID>> queue = new ConcurrentLinkedQueue<>();
        Map<UUID, String> bodies = new HashMap<>();
        for (int b = 0; b < total / size; b++) {
            List<UUID> ids = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                UUID id = UUID.randomUUID();
                ids.add(id);
                bodies.put(id, generator.next(id));
            }
            queue.add(ids);
        }
        Set<UUID> acked = Collections.synchronizedSet(new HashSet<>());
        AtomicInteger resent = new AtomicInteger();
        AtomicInteger ackedAtKill = new AtomicInteger(-1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            clients.add(pool.submit(() -> {
                Http http = new Http();
                for (List<UUID> batch; (batch = queue.poll()) != null; ) {
                    byte[] body = ("[" + String.join(",", batch.stream().map(bodies::get).toList()) + "]")
                            .getBytes(StandardCharsets.UTF_8);
                    for (int attempt = 1; ; attempt++) {
                        try {
                            Answer answer = http.post("statements", body);
                            if (answer.status() == 200) {
                                acked.addAll(batch);
                                break;
                            }
                            if (answer.status() < 500 && server.up) {
                                answer.expect(200);
                            }
                        } catch (IOException dropped) {
                            // The server is gone (or going): the batch's fate is unknown, so it is sent again.
                            http.close();
                        }
                        resent.incrementAndGet();
                        Thread.sleep(200);
                        if (attempt > 600) {
                            throw new IllegalStateException("The server did not come back");
                        }
                    }
                }
                return null;
            }));
        }
        while (acked.size() < total / 2) {
            Thread.sleep(5);
        }
        server.up = false;
        server.kill();
        ackedAtKill.set(acked.size());
        System.out.printf("killed the server (SIGKILL) with %d statements acknowledged; starting it again%n", ackedAtKill.get());
        long down = System.nanoTime();
        server.start();
        server.up = true;
        System.out.printf("up again after %.1f s%n", (System.nanoTime() - down) / 1e9);
        for (Future<?> client : clients) {
            client.get();
        }
        pool.shutdown();
        Map<UUID, Integer> stored = storedThroughTheLrs();
        long lost = acked.stream().filter(id -> !stored.containsKey(id)).count();
        long twice = stored.values().stream().filter(n -> n > 1).count();
        long foreign = stored.keySet().stream().filter(id -> !bodies.containsKey(id)).count();
        System.out.printf("requests sent again after the kill: %d; statements returned twice: %d; the platform's own: %d%n",
                resent.get(), twice, foreign);
        System.out.printf("acked=%d stored=%d lost=%d%n", acked.size(),
                stored.keySet().stream().filter(bodies::containsKey).count(), lost);
    }

    /** Every statement id the LRS returns, paging with "more", and how often each came. */
    static Map<UUID, Integer> storedThroughTheLrs() throws Exception {
        Http http = new Http();
        Map<UUID, Integer> seen = new HashMap<>();
        Pattern more = Pattern.compile("\"more\"\\s*:\\s*\"([^\"]+)\"");
        String next = "statements?format=ids&limit=500&ascending=true";
        while (next != null) {
            Answer answer = http.get(next);
            answer.expect(200);
            Matcher ids = STATEMENT_ID.matcher(answer.body());
            while (ids.find()) {
                seen.merge(UUID.fromString(ids.group(1)), 1, Integer::sum);
            }
            Matcher link = more.matcher(answer.body());
            next = link.find() && !link.group(1).isEmpty() ? link.group(1).replaceFirst("^/xapi/", "") : null;
        }
        return seen;
    }

    // ---------------------------------------------------------------------------------------------- the requests

    /** Statement ids are the only "id" values that are UUIDs; verbs, activities and the rest are IRIs. */
    static final Pattern STATEMENT_ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\"");

    static int countIds(String body) {
        int n = 0;
        for (Matcher m = STATEMENT_ID.matcher(body); m.find(); ) {
            n++;
        }
        return n;
    }

    record Answer(String uri, int status, String body) {
        void expect(int expected) {
            if (status != expected) {
                throw new IllegalStateException("HTTP " + status + " for " + uri + ": "
                        + body.substring(0, Math.min(400, body.length())));
            }
        }
    }

    /**
     * One kept-alive HTTP/1.1 connection to the LRS, written out by hand: the JDK's HttpClient spent a third as
     * much CPU as the server under test on this machine of two cores, which the server then lacked.
     */
    static final class Http {
        private static final byte[] HEADERS = ("Host: 127.0.0.1:" + PORT + "\r\nX-Experience-API-Version: 1.0.3\r\n"
                + "Authorization: " + AUTHORIZATION + "\r\n").getBytes(StandardCharsets.US_ASCII);
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        Answer get(String path) throws IOException {
            return send("GET", path, null);
        }

        Answer post(String path, byte[] json) throws IOException {
            return send("POST", path, json);
        }

        void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // Closing a broken connection.
                }
                socket = null;
            }
        }

        private Answer send(String method, String path, byte[] body) throws IOException {
            if (socket == null) {
                Socket opened = new Socket();
                opened.connect(new InetSocketAddress("127.0.0.1", PORT), 5_000);
                opened.setSoTimeout(60_000);
                opened.setTcpNoDelay(true);
                in = new BufferedInputStream(opened.getInputStream(), 65536);
                out = opened.getOutputStream();
                socket = opened;
            }
            try {
                ByteArrayOutputStream request = new ByteArrayOutputStream(body == null ? 512 : body.length + 512);
                request.write((method + " /xapi/" + path + " HTTP/1.1\r\n").getBytes(StandardCharsets.US_ASCII));
                request.write(HEADERS);
                if (body != null) {
                    request.write(("Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                }
                request.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                if (body != null) {
                    request.write(body);
                }
                request.writeTo(out);
                out.flush();
                return read(path);
            } catch (IOException e) {
                close();
                throw e;
            }
        }

        private Answer read(String path) throws IOException {
            String status = line();
            if (status == null) {
                throw new IOException("connection closed");
            }
            long length = -1;
            boolean chunked = false;
            boolean closes = false;
            for (String header; !(header = line()).isEmpty(); ) {
                String lower = header.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closes = true;
                }
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if (chunked) {
                for (int size; (size = Integer.parseInt(line().split(";")[0].trim(), 16)) > 0; ) {
                    body.write(in.readNBytes(size));
                    line();
                }
                line();
            } else if (length >= 0) {
                body.write(in.readNBytes((int) length));
            }
            if (closes) {
                close();
            }
            return new Answer(path, Integer.parseInt(status.split(" ")[1]), body.toString(StandardCharsets.UTF_8));
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c; (c = in.read()) != '\n'; ) {
                if (c < 0) {
                    if (line.length() == 0) {
                        return null;
                    }
                    throw new IOException("connection closed mid-line");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    interface Work {
        void run(Http http, Timing timing) throws Exception;
    }

    /** Runs {@code each} calls on each of {@code clients} threads, all starting together; times the whole. */
    static Timing concurrently(int clients, int each, Work work) throws Exception {
        Timing timing = new Timing(clients * each);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            done.add(pool.submit(() -> {
                Http http = new Http();
                ready.countDown();
                go.await();
                for (int i = 0; i < each; i++) {
                    work.run(http, timing);
                }
                http.close();
                return null;
            }));
        }
        ready.await();
        long start = System.nanoTime();
        go.countDown();
        for (Future<?> client : done) {
            client.get();
        }
        timing.seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return timing;
    }

    static final class Timing {
        private final long[] nanos;
        private final AtomicInteger count = new AtomicInteger();
        final AtomicInteger found = new AtomicInteger();
        double seconds;

        Timing(int capacity) {
            nanos = new long[capacity];
        }

        void add(long elapsed) {
            nanos[count.getAndIncrement()] = elapsed;
        }

        double percentile(int p) {
            long[] sorted = java.util.Arrays.copyOf(nanos, count.get());
            java.util.Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p / 100.0) - 1)] / 1e6;
        }
    }

    // ------------------------------------------------------------------------------------------------ statements

    /** Statements shaped like the platform's: a learner did something with a unit of a programme, in a group. */
    static final class Generator {
        static final int LEARNERS = 2_000;
        static final int ACTIVITIES = 500;
        static final String[] VERBS = {
            "http://adlnet.gov/expapi/verbs/experienced", "http://adlnet.gov/expapi/verbs/completed",
            "http://adlnet.gov/expapi/verbs/attempted", "http://adlnet.gov/expapi/verbs/passed",
            "http://adlnet.gov/expapi/verbs/failed", "http://adlnet.gov/expapi/verbs/answered",
            "http://adlnet.gov/expapi/verbs/registered", "http://adlnet.gov/expapi/verbs/attended",
            "http://adlnet.gov/expapi/verbs/progressed", "http://adlnet.gov/expapi/verbs/commented"};

        private final SplittableRandom random;

        Generator(long seed) {
            random = new SplittableRandom(seed);
        }

        static String mbox(int learner) {
            return "mailto:learner-" + learner + "@bench.s3learning.eu";
        }

        String next(UUID id) {
            int learner;
            int verb;
            int activity;
            int score;
            synchronized (this) {
                learner = random.nextInt(LEARNERS);
                verb = random.nextInt(VERBS.length);
                activity = random.nextInt(ACTIVITIES);
                score = random.nextInt(101);
            }
            String verbId = VERBS[verb];
            return "{\"id\":\"" + id + "\",\"actor\":{\"objectType\":\"Agent\",\"name\":\"Learner " + learner
                    + "\",\"mbox\":\"" + mbox(learner) + "\"},\"verb\":{\"id\":\"" + verbId
                    + "\",\"display\":{\"en-US\":\"" + verbId.substring(verbId.lastIndexOf('/') + 1) + "\"}},"
                    + "\"object\":{\"objectType\":\"Activity\",\"id\":\"https://bench.s3learning.eu/xapi/activities/unit/"
                    + activity + "\",\"definition\":{\"name\":{\"en-US\":\"S3 unit " + activity + "\",\"ro-RO\":\"Unitatea S3 "
                    + activity + "\"},\"type\":\"http://adlnet.gov/expapi/activities/module\"}},"
                    + "\"result\":{\"score\":{\"scaled\":" + score / 100.0 + ",\"raw\":" + score
                    + ",\"min\":0,\"max\":100},\"success\":" + (score >= 50) + ",\"completion\":true,\"duration\":\"PT"
                    + (score % 40 + 1) + "M12.5S\"},\"context\":{\"registration\":\""
                    + UUID.nameUUIDFromBytes(("bench-enrolment-" + learner).getBytes(StandardCharsets.UTF_8))
                    + "\",\"contextActivities\":{\"parent\":[{\"id\":\"https://bench.s3learning.eu/xapi/activities/programme/1\"}],"
                    + "\"grouping\":[{\"id\":\"https://bench.s3learning.eu/xapi/activities/cohort/" + learner % 40 + "\"}]},"
                    + "\"platform\":\"S3 Learning Platform bench\",\"language\":\"en\"},"
                    + "\"timestamp\":\"2026-11-23T09:30:00.000Z\"}";
        }
    }

    // ------------------------------------------------------------------------------------------- the raw insert

    /** What the LRS wrote for a range of statements, and the same rows inserted again with plain JDBC. */
    static final class RawRows {
        final List<Object[]> statements = new ArrayList<>();
        final Map<Long, List<long[]>> agents = new HashMap<>();
        final Map<Long, List<long[]>> activities = new HashMap<>();
        private final AtomicInteger copy = new AtomicInteger();

        static RawRows read(long afterSeq, long upToSeq) throws SQLException {
            RawRows rows = new RawRows();
            try (Connection c = database(); Statement s = c.createStatement()) {
                try (ResultSet r = s.executeQuery("SELECT seq, id, stored_us, verb_hash, registration, voids, refers_to,"
                        + " voided, client_id, person_id, has_attachments, body FROM xapi_statement WHERE seq > "
                        + afterSeq + " AND seq <= " + upToSeq + " ORDER BY seq")) {
                    while (r.next()) {
                        Object[] row = new Object[12];
                        for (int i = 0; i < 12; i++) {
                            row[i] = r.getObject(i + 1);
                        }
                        rows.statements.add(row);
                    }
                }
                try (ResultSet r = s.executeQuery("SELECT statement_seq, agent_hash, verb_hash, related FROM"
                        + " xapi_statement_agent WHERE statement_seq > " + afterSeq + " AND statement_seq <= " + upToSeq)) {
                    while (r.next()) {
                        rows.agents.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                                .add(new long[] {r.getLong(2), r.getLong(3), r.getBoolean(4) ? 1 : 0});
                    }
                }
                try (ResultSet r = s.executeQuery("SELECT statement_seq, activity_hash, verb_hash, related, defined FROM"
                        + " xapi_statement_activity WHERE statement_seq > " + afterSeq + " AND statement_seq <= " + upToSeq)) {
                    while (r.next()) {
                        rows.activities.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(new long[] {
                            r.getLong(2), r.getLong(3), r.getBoolean(4) ? 1 : 0, r.getBoolean(5) ? 1 : 0});
                    }
                }
            }
            return rows;
        }

        long rowsFrom(int first) {
            long n = 0;
            for (Object[] statement : statements.subList(first, statements.size())) {
                long seq = ((Number) statement[0]).longValue();
                n += 1 + agents.getOrDefault(seq, List.of()).size() + activities.getOrDefault(seq, List.of()).size();
            }
            return n;
        }

        void createTables() throws SQLException {
            try (Connection c = database(); Statement s = c.createStatement()) {
                for (String suffix : new String[] {"", "_only"}) {
                    s.execute("DROP TABLE IF EXISTS bench_raw_agent" + suffix + ", bench_raw_activity" + suffix);
                    s.execute("DROP TABLE IF EXISTS bench_raw_statement" + suffix);
                    s.execute("CREATE TABLE bench_raw_statement" + suffix + " LIKE xapi_statement");
                }
                s.execute("CREATE TABLE bench_raw_agent LIKE xapi_statement_agent");
                s.execute("CREATE TABLE bench_raw_activity LIKE xapi_statement_activity");
                s.execute("ALTER TABLE bench_raw_agent ADD CONSTRAINT fk_bench_raw_agent FOREIGN KEY (statement_seq)"
                        + " REFERENCES bench_raw_statement (seq) ON DELETE CASCADE");
                s.execute("ALTER TABLE bench_raw_activity ADD CONSTRAINT fk_bench_raw_activity FOREIGN KEY (statement_seq)"
                        + " REFERENCES bench_raw_statement (seq) ON DELETE CASCADE");
            }
        }

        /** Inserts statements [from, to) as the LRS does, a transaction per batch; returns the seconds taken. */
        double insert(int threads, int batch, int from, int to) throws Exception {
            return inThreads(threads, batch, from, to, (c, chunk) -> {
                Map<String, Long> seqs = insertStatements(c, "bench_raw_statement", chunk, true);
                List<long[]> agentRows = new ArrayList<>();
                List<long[]> activityRows = new ArrayList<>();
                for (Object[] statement : chunk) {
                    long seq = seqs.get(idOf(statement));
                    for (long[] a : agents.getOrDefault(((Number) statement[0]).longValue(), List.of())) {
                        agentRows.add(new long[] {seq, a[0], a[1], a[2]});
                    }
                    for (long[] a : activities.getOrDefault(((Number) statement[0]).longValue(), List.of())) {
                        activityRows.add(new long[] {seq, a[0], a[1], a[2], a[3]});
                    }
                }
                insertLongs(c, "INSERT INTO bench_raw_agent (statement_seq, agent_hash, verb_hash, related) VALUES ",
                        agentRows, 4);
                insertLongs(c, "INSERT INTO bench_raw_activity (statement_seq, activity_hash, verb_hash, related,"
                        + " defined) VALUES ", activityRows, 5);
            });
        }

        /** The limit the issue names: only the statement rows, a commit per batch; returns rows per second. */
        double insertStatementRowsOnly(int threads, int batch) throws Exception {
            return statements.size() / inThreads(threads, batch, 0, statements.size(),
                    (c, chunk) -> insertStatements(c, "bench_raw_statement_only", chunk, false));
        }

        interface Batch {
            void insert(Connection c, List<Object[]> chunk) throws SQLException;
        }

        private double inThreads(int threads, int batch, int from, int to, Batch work) throws Exception {
            ConcurrentLinkedQueue<List<Object[]>> queue = new ConcurrentLinkedQueue<>();
            for (int i = from; i < to; i += batch) {
                queue.add(statements.subList(i, Math.min(to, i + batch)));
            }
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch ready = new CountDownLatch(threads);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    try (Connection c = database()) {
                        c.setAutoCommit(false);
                        ready.countDown();
                        go.await();
                        for (List<Object[]> chunk; (chunk = queue.poll()) != null; ) {
                            work.insert(c, chunk);
                            c.commit();
                        }
                    }
                    return null;
                }));
            }
            ready.await();
            long start = System.nanoTime();
            go.countDown();
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
            return (System.nanoTime() - start) / 1e9;
        }

        private static String idOf(Object[] statement) {
            return (String) statement[1];
        }

        private Map<String, Long> insertStatements(Connection c, String table, List<Object[]> chunk, boolean returning)
                throws SQLException {
            Map<String, Long> seqs = new HashMap<>();
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " (id, stored_us, verb_hash,"
                    + " registration, voids, refers_to, voided, client_id, person_id, has_attachments, body) VALUES "
                    + String.join(",", Collections.nCopies(chunk.size(), "(?,?,?,?,?,?,?,?,?,?,?)"))
                    + (returning ? " RETURNING id, seq" : ""))) {
                int p = 1;
                for (Object[] row : chunk) {
                    for (int i = 1; i < 12; i++) {
                        insert.setObject(p++, row[i]);
                    }
                }
                if (!returning) {
                    insert.executeUpdate();
                    return seqs;
                }
                try (ResultSet r = insert.executeQuery()) {
                    while (r.next()) {
                        seqs.put(r.getString(1), r.getLong(2));
                    }
                }
            }
            return seqs;
        }

        private static void insertLongs(Connection c, String insert, List<long[]> rows, int width) throws SQLException {
            if (rows.isEmpty()) {
                return;
            }
            String row = "(?" + ",?".repeat(width - 1) + ")";
            try (PreparedStatement statement = c.prepareStatement(insert
                    + String.join(",", Collections.nCopies(rows.size(), row)))) {
                int p = 1;
                for (long[] values : rows) {
                    for (long value : values) {
                        statement.setLong(p++, value);
                    }
                }
                statement.executeUpdate();
            }
        }
    }

    /**
     * CPU time taken by the server, this client and the database during a phase: on two cores they compete, and
     * the split says whose cost limits a rate.
     */
    static final class Cpu {
        private final ProcessHandle[] processes;
        private final long[] start;

        Cpu(Server server) {
            ProcessHandle database = ProcessHandle.allProcesses().filter(p -> p.info().command()
                    .map(c -> c.endsWith("/mariadbd") || c.endsWith("/mysqld")).orElse(false)).findFirst().orElse(null);
            processes = new ProcessHandle[] {server.process.toHandle(), ProcessHandle.current(), database};
            start = new long[processes.length];
            for (int i = 0; i < processes.length; i++) {
                start[i] = nanos(processes[i]);
            }
        }

        private static long nanos(ProcessHandle process) {
            return process == null ? -1 : process.info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
        }

        void print(String phase, int units, String unit) {
            String[] names = {"server", "client", "database"};
            StringBuilder line = new StringBuilder("  CPU per " + unit + " during " + phase + ":");
            for (int i = 0; i < processes.length; i++) {
                long now = nanos(processes[i]);
                if (now >= 0 && start[i] >= 0) {
                    line.append(String.format(" %s %.0f us", names[i], (now - start[i]) / 1e3 / units));
                }
            }
            System.out.println(line);
        }
    }

    // ------------------------------------------------------------------------------------------------ the server

    static Connection database() throws SQLException {
        return DriverManager.getConnection(MARIADB + DATABASE, "root", "");
    }

    static void freshDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection(MARIADB, "root", ""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            s.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    static long maxSeq() throws SQLException {
        try (Connection c = database(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM xapi_statement")) {
            r.next();
            return r.getLong(1);
        }
    }

    static int count() throws SQLException {
        try (Connection c = database(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM xapi_statement")) {
            r.next();
            return r.getInt(1);
        }
    }

    /** The runnable bundle, started with scripts/run as it is deployed; its log goes to a file. */
    static final class Server {
        final Path log;
        private final Path work;
        private final boolean embedded;
        private volatile Process process;
        /** False from just before a kill until the platform answers again: a 404 then is a platform still deploying. */
        volatile boolean up = true;

        Server(Path work, boolean embedded) {
            this.work = work;
            this.embedded = embedded;
            this.log = work.resolve("server.log");
        }

        void start() throws Exception {
            ProcessBuilder builder = new ProcessBuilder("scripts/run", "--port", String.valueOf(PORT))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            Map<String, String> env = builder.environment();
            env.put("S3_DATA_DIR", work.resolve("data").toString());
            env.put("S3_PUBLIC_URL", "http://127.0.0.1:" + PORT);
            env.put("S3_XAPI_KEY", KEY);
            env.put("S3_XAPI_SECRET", SECRET);
            // One address sends everything here; the per-address limit protects a real deployment, not this.
            env.put("S3_XAPI_REQUESTS_PER_MINUTE", "100000000");
            if (!embedded) {
                env.put("S3_DB_URL", MARIADB + DATABASE + System.getenv().getOrDefault("S3_BENCH_DB_OPTIONS", ""));
                env.put("S3_DB_USER", "root");
                env.put("S3_DB_PASSWORD", "");
            }
            process = builder.start();
            Http http = new Http();
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The server stopped while starting; see " + log);
                }
                try {
                    if (http.get("about").status() == 200) {
                        http.close();
                        return;
                    }
                } catch (IOException notYet) {
                    // Not listening yet.
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The server did not start in 3 minutes; see " + log);
                }
                Thread.sleep(200);
            }
        }

        /** SIGKILL: scripts/run execs the JVM, so this is the JVM itself. */
        void kill() {
            Process p = process;
            if (p != null && p.isAlive()) {
                p.destroyForcibly();
                try {
                    p.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
