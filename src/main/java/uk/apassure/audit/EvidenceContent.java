package uk.apassure.audit;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The bytes of one evidence file, in a table of their own so that lists never read them. */
@Entity
@Table(name = "audit_evidence_content")
class EvidenceContent {

    @Id
    private long evidenceId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(columnDefinition = "LONGBLOB")
    private byte[] content = new byte[0];

    protected EvidenceContent() {}

    EvidenceContent(long evidenceId, byte[] content) {
        this.evidenceId = evidenceId;
        this.content = content;
    }

    byte[] getContent() {
        return content;
    }
}
