package eu.s3learning.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie: HttpOnly, and Secure whenever the platform is reached over HTTPS.
 * SameSite=Lax is set in payara-web.xml, the only place Payara reads it from.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        String publicUrl = ConfigProvider.getConfig().getOptionalValue("s3.public-url", String.class).orElse("");
        cookie.setSecure(publicUrl.startsWith("https://"));
    }
}
