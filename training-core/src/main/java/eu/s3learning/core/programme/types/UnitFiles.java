package eu.s3learning.core.programme.types;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.settings.PlatformSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The documents of file units. Bytes are stored once per content, named by their SHA-256 under
 * the data directory, and written to disk (fsync) before the database row that points at them
 * commits: a row never names a missing file, and copying a programme copies no bytes. A file
 * left without a row by a rolled-back upload is harmless.
 */
@ApplicationScoped
@Transactional
public class UnitFiles {

    public static final long MAX_BYTES = 50L * 1024 * 1024;
    static final int MAX_NAME = 255;

    @PersistenceContext(unitName = "s3")
    EntityManager em;

    @Inject
    PlatformSettings settings;

    /** Stores the upload as the unit's document, replacing any earlier one. */
    public UnitFile store(long unitId, String fileName, InputStream upload) {
        String name = cleanName(fileName);
        DocumentFormat format = DocumentFormat.ofFileName(name)
                .orElseThrow(() -> new RuleViolation("error.file.format"));
        Stored stored = write(upload, format);
        UnitFile existing = em.find(UnitFile.class, unitId);
        if (existing == null) {
            UnitFile file = new UnitFile(unitId, name, format.mediaType(), stored.size(), stored.sha256());
            em.persist(file);
            return file;
        }
        existing.replace(name, format.mediaType(), stored.size(), stored.sha256());
        return existing;
    }

    public Optional<UnitFile> of(long unitId) {
        return Optional.ofNullable(em.find(UnitFile.class, unitId));
    }

    public InputStream open(UnitFile file) throws IOException {
        return Files.newInputStream(directory().resolve(file.sha256()));
    }

    void copy(long fromUnitId, long toUnitId) {
        of(fromUnitId).ifPresent(file -> em.persist(file.copyFor(toUnitId)));
    }

    private Stored write(InputStream upload, DocumentFormat format) {
        try {
            Path directory = Files.createDirectories(directory());
            Path temporary = Files.createTempFile(directory, "upload-", ".part");
            try {
                MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
                long size = 0;
                byte[] head = new byte[8];
                int headLength = 0;
                try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), sha256)) {
                    byte[] buffer = new byte[64 * 1024];
                    for (int read; (read = upload.read(buffer)) != -1; ) {
                        size += read;
                        if (size > MAX_BYTES) {
                            throw new RuleViolation("error.file.tooLarge", MAX_BYTES / (1024 * 1024));
                        }
                        int take = Math.min(head.length - headLength, read);
                        System.arraycopy(buffer, 0, head, headLength, take);
                        headLength += take;
                        out.write(buffer, 0, read);
                    }
                }
                if (size == 0) {
                    throw new RuleViolation("error.file.empty");
                }
                if (!format.startsLike(head, headLength)) {
                    throw new RuleViolation("error.file.contentMismatch");
                }
                try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
                String digest = HexFormat.of().formatHex(sha256.digest());
                Files.move(temporary, directory.resolve(digest), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return new Stored(size, digest);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path directory() {
        return settings.dataDirectory().resolve("unit-files");
    }

    /** Only the last path segment, without control characters, as browsers may send a full path. */
    static String cleanName(String fileName) {
        if (fileName == null) {
            throw new RuleViolation("error.file.format");
        }
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (base.isEmpty() || base.length() > MAX_NAME) {
            throw new RuleViolation("error.file.name", MAX_NAME);
        }
        return base;
    }

    private record Stored(long size, String sha256) {
    }
}
