package eu.s3learning.web.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a request came from, for throttling and the audit log. Forwarded headers are
 * not trusted: anyone can send them. Behind a reverse proxy, the proxy's own access control
 * applies; trusting X-Forwarded-For from a configured proxy comes with the deployment issue.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
