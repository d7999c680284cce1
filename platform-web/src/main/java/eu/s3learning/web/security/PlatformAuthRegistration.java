package eu.s3learning.web.security;

import eu.s3learning.core.signin.SignInService;
import jakarta.inject.Inject;
import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/** Puts {@link PlatformAuthModule} in front of this application when it starts, and takes it away when it stops. */
@WebListener
public class PlatformAuthRegistration implements ServletContextListener {

    @Inject
    SignInService signIn;

    private String registration;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        registration = AuthConfigFactory.getFactory().registerServerAuthModule(new PlatformAuthModule(signIn), event.getServletContext());
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (registration != null) {
            AuthConfigFactory.getFactory().removeServerAuthModule(event.getServletContext());
        }
    }
}
