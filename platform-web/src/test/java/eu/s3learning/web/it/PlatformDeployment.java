package eu.s3learning.web.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The war Maven built, deployed at the root context as it is in production. */
final class PlatformDeployment {

    static final String ADMIN_EMAIL = "admin@it.s3-learning.test";
    static final String ADMIN_PASSWORD = "integration-admin-passphrase";

    private PlatformDeployment() {
    }

    static WebArchive war() {
        WebArchive built = ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("s3.it.war")));
        return ShrinkWrap.create(WebArchive.class, "ROOT.war").merge(built);
    }
}
