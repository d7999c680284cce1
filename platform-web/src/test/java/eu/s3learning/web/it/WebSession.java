package eu.s3learning.web.it;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's browser session over plain HTTP: signs in through the real form (view state and CSP nonce as the page
 * issued them), then fetches pages and downloads with the session cookie, following redirects as a browser does.
 */
final class WebSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("name=\"primefaces.nonce\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    private WebSession(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    static WebSession signedIn(String base, String email, String password) throws Exception {
        WebSession session = new WebSession(base);
        String form = session.get("login.xhtml").body();
        String body = "signin=signin&signin%3Aemail=" + encode(email) + "&signin%3Apassword=" + encode(password)
                + "&signin%3Asubmit=Sign+in&jakarta.faces.ViewState=" + encode(first(VIEW_STATE, form))
                + "&primefaces.nonce=" + encode(first(NONCE, form));
        HttpResponse<String> signedIn = session.http.send(HttpRequest.newBuilder(URI.create(session.base + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (signedIn.uri().getPath().endsWith("/login.xhtml")) {
            throw new AssertionError("Not signed in as " + email + ":\n" + signedIn.body());
        }
        return session;
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> download(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A form POST as the platform's page scripts send it, with the sign-in's script token in its header when given. */
    HttpResponse<String> script(String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("X-S3-Token", token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The script token a page hands its scripts. */
    static String scriptToken(String page) {
        return first(Pattern.compile("data-token=\"([^\"]+)\""), page);
    }

    private static String first(Pattern pattern, String page) {
        Matcher m = pattern.matcher(page);
        if (!m.find()) {
            throw new AssertionError("The page has no " + pattern + ":\n" + page);
        }
        return m.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
