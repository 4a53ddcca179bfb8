package uk.apassure.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An evidence file's description; its bytes are in {@link EvidenceContent}, read only on download. */
@Entity
@Table(name = "audit_evidence")
class Evidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "audit_item_id")
    private @Nullable AuditItem item;

    private String fileName = "";
    private String mediaType = "";
    private long sizeBytes;
    private String uploadedByName = "";
    private Instant uploadedAt = Instant.EPOCH;

    protected Evidence() {}

    Evidence(AuditItem item, String fileName, String mediaType, long sizeBytes, String by, Instant now) {
        this.item = item;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.uploadedByName = by;
        this.uploadedAt = now;
    }

    long requireId() {
        if (id == null) {
            throw new IllegalStateException("Evidence not saved");
        }
        return id;
    }

    AuditItem getItem() {
        if (item == null) {
            throw new IllegalStateException("Evidence without item");
        }
        return item;
    }

    String getFileName() {
        return fileName;
    }

    String getMediaType() {
        return mediaType;
    }

    long getSizeBytes() {
        return sizeBytes;
    }

    String getUploadedByName() {
        return uploadedByName;
    }

    Instant getUploadedAt() {
        return uploadedAt;
    }
}
