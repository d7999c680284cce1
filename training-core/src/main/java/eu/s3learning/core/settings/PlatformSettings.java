package eu.s3learning.core.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings that several features share. Each is a MicroProfile Config property, so
 * {@code s3.public-url} can be given as the environment variable {@code S3_PUBLIC_URL}.
 */
@ApplicationScoped
public class PlatformSettings {

    @Inject
    @ConfigProperty(name = "s3.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "s3.data.dir", defaultValue = "./data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "s3.db.url")
    Optional<String> databaseUrl;

    @Inject
    @ConfigProperty(name = "s3.demo")
    Optional<Boolean> demo;

    /** The address people reach the platform at; links in mails are built from it, never from a request's Host header. */
    public URI publicUrl() {
        String url = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return URI.create(url);
    }

    public String link(String pathAndQuery) {
        return publicUrl() + pathAndQuery;
    }

    /** A link that carries a single-use token, for a mail. */
    public String tokenLink(String path, String token) {
        return link(path + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    public Path dataDirectory() {
        return Path.of(dataDir);
    }

    public boolean embeddedDatabase() {
        return databaseUrl.map(String::isBlank).orElse(true);
    }

    /** Demo accounts and demo content exist only on the embedded database unless {@code S3_DEMO} says otherwise. */
    public boolean demoMode() {
        return demo.orElse(embeddedDatabase());
    }
}
