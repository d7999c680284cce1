package eu.s3learning.core.programme.types;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What is known of a file unit's document; the bytes live in the data directory under the unit's id. */
@Entity
@Table(name = "unit_file")
public class UnitFile {

    @Id
    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 120)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    protected UnitFile() {
    }

    UnitFile(long unitId, String fileName, String mediaType, long sizeBytes, String sha256) {
        this.unitId = unitId;
        replace(fileName, mediaType, sizeBytes, sha256);
    }

    void replace(String newFileName, String newMediaType, long newSize, String newSha256) {
        this.fileName = newFileName;
        this.mediaType = newMediaType;
        this.sizeBytes = newSize;
        this.sha256 = newSha256;
    }

    UnitFile copyFor(long otherUnitId) {
        return new UnitFile(otherUnitId, fileName, mediaType, sizeBytes, sha256);
    }

    public Long unitId() {
        return unitId;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }
}
