package eu.s3learning.web.xapi;

import eu.s3learning.core.tracking.lrs.Lrs;
import eu.s3learning.core.tracking.lrs.LrsError;
import eu.s3learning.core.tracking.lrs.LrsRequest;
import eu.s3learning.core.tracking.lrs.LrsResponse;
import eu.s3learning.core.tracking.lrs.XapiVersion;
import eu.s3learning.web.security.ClientAddress;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The LRS's HTTP endpoint at {@code /xapi}: reads the request within the size limit, hands it to {@link Lrs}, and
 * writes the answer. Query parameters are read from the query string alone: the Alternate Request Syntax puts
 * parameters in a form body that the protocol must see as it was sent.
 */
@WebServlet(name = "XapiEndpoint", urlPatterns = {"/xapi", "/xapi/*"})
public class XapiEndpoint extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final long DRAIN_LIMIT = 64L * 1024 * 1024;
    /** Bodies up to this length are read into an array of their declared length (see {@link #read}). */
    private static final int SMALL_BODY = 64 * 1024;

    @Inject
    transient Lrs lrs;

    @Inject
    transient LrsThrottle throttle;

    @Inject
    @ConfigProperty(name = "s3.xapi.max-request-bytes", defaultValue = "20971520")
    long maxRequestBytes;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String address = ClientAddress.of(request);
        LrsResponse answer;
        if (!throttle.admits(address)) {
            answer = LrsResponse.error(new LrsError(429, "Too many requests from this address; try again in a minute"))
                    .withHeader("Retry-After", "60").withHeader(XapiVersion.HEADER, XapiVersion.CURRENT);
        } else {
            answer = answer(request);
            if (answer.status() == 401) {
                throttle.failedAuthentication(address);
            }
        }
        write(answer, response, request.getMethod().equals("HEAD"));
    }

    private LrsResponse answer(HttpServletRequest request) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxRequestBytes) {
            drain(request.getInputStream());
            return tooLarge();
        }
        byte[] body = read(request.getInputStream(), declared);
        if (body == null) {
            drain(request.getInputStream());
            return tooLarge();
        }
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String resource = path.replaceAll("^/+|/+$", "");
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, request.getHeader(name));
        }
        try {
            return lrs.handle(new LrsRequest(request.getContextPath() + "/xapi", request.getMethod(), resource,
                    query(request.getQueryString()), headers, body));
        } catch (LrsError refused) {
            return LrsResponse.error(refused).withHeader(XapiVersion.HEADER, XapiVersion.CURRENT);
        }
    }

    private LrsResponse tooLarge() {
        return LrsResponse.error(new LrsError(413, "A request to this LRS may carry at most " + maxRequestBytes + " bytes"))
                .withHeader(XapiVersion.HEADER, XapiVersion.CURRENT);
    }

    /**
     * The body, or null when it is larger than the limit: reading stops there. A small body of declared length,
     * as clients nearly always send a statement, is read into one array of that length: a 16 KB buffer and the
     * copies of a growing one were a tenth of what a single-statement POST allocated (bench/lrs-ingest). A larger
     * one grows with what arrives, so that a declared length alone claims no memory.
     */
    private byte[] read(InputStream in, long declared) throws IOException {
        if (declared >= 0 && declared <= SMALL_BODY) {
            byte[] body = new byte[(int) declared];
            int n = in.readNBytes(body, 0, body.length);
            return n == body.length ? body : Arrays.copyOf(body, n);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[16384];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > maxRequestBytes) {
                return null;
            }
            body.write(buffer, 0, n);
        }
        return body.toByteArray();
    }

    /**
     * Reads and drops the rest of a refused body, up to {@link #DRAIN_LIMIT}, so that the client, still sending,
     * reads the 413 instead of a reset connection; a body larger still is cut off.
     */
    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[65536];
        long total = 0;
        for (int n; total < DRAIN_LIMIT && (n = in.read(buffer)) > 0; ) {
            total += n;
        }
    }

    static Map<String, List<String>> query(String queryString) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (queryString == null || queryString.isEmpty()) {
            return parameters;
        }
        for (String pair : queryString.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            } catch (IllegalArgumentException broken) {
                throw LrsError.badRequest("The query string is not well-formed");
            }
        }
        return parameters;
    }

    private static void write(LrsResponse answer, HttpServletResponse response, boolean head) throws IOException {
        response.setStatus(answer.status());
        // Clients compare Date with X-Experience-API-Consistent-Through to judge how far the LRS lags.
        response.setDateHeader("Date", System.currentTimeMillis());
        answer.headers().forEach(response::setHeader);
        response.setHeader("Cache-Control", "no-store");
        if (answer.body().length > 0) {
            response.setContentLengthLong(answer.body().length);
            if (!head) {
                response.getOutputStream().write(answer.body());
            }
        }
    }
}
