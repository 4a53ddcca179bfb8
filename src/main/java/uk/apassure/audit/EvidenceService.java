package uk.apassure.audit;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.apassure.base.domain.CleanedByService;
import uk.apassure.security.Permission;
import uk.apassure.security.SignedInUser;

/**
 * Evidence files of audit items: checked by content (and the name must agree, see
 * {@link EvidenceTypes}), at most 20 MB, kept in the database, and served only to users who may
 * read the audit. Every refusal says why, so the upload never looks as if it worked.
 */
@Service
@Transactional(readOnly = true)
public class EvidenceService {

    /** 20 MB per file (issue 3). */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private final AuditRepository audits;
    private final EvidenceRepository evidence;
    private final AuditAccess access;
    private final Clock clock;

    EvidenceService(AuditRepository audits, EvidenceRepository evidence, AuditAccess access, Clock clock) {
        this.audits = audits;
        this.evidence = evidence;
        this.access = access;
        this.clock = clock;
    }

    /** A file to download: its name, its type as checked on upload, and its bytes. */
    public record EvidenceDownload(String fileName, String mediaType, byte[] content) {}

    @Transactional
    public long upload(long auditId, long itemId, @CleanedByService String fileName, byte[] content) {
        SignedInUser user = access.require(Permission.AUDIT_EDIT);
        Audit audit = access.ownSchool(auditId, user);
        AuditItem item = audit.item(itemId);
        access.requireEditable(audit, item, user);
        CheckedFile checked = check(fileName, content);
        Evidence file = item.addEvidence(checked.name(), checked.mediaType(), content.length, user.displayName(),
                clock.instant());
        audits.flush();
        evidence.save(new EvidenceContent(file.requireId(), content));
        return file.requireId();
    }

    /** An evidence file that passed the checks: its cleaned name and its type as read from the content. */
    public record CheckedFile(String name, String mediaType) {}

    /**
     * The checks every evidence file passes, wherever it is kept (audit items here, renewals in their
     * own feature): not empty, at most {@link #MAX_BYTES}, an accepted type by content that the name
     * agrees with. Refuses with the reason ({@link InvalidStep}).
     */
    public static CheckedFile check(String fileName, byte[] content) {
        String name = cleanName(fileName);
        if (content.length == 0) {
            throw new InvalidStep("\"" + name + "\" is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidStep("\"" + name + "\" is larger than 20 MB, the limit for one file. Upload a smaller"
                    + " copy (for example a PDF of the pages that matter).");
        }
        return new CheckedFile(name, EvidenceTypes.acceptedType(content, name));
    }

    /** Removes a file uploaded by mistake, while its item may still change (same rules as uploading). */
    @Transactional
    public void remove(long evidenceId) {
        SignedInUser user = access.require(Permission.AUDIT_EDIT);
        Evidence file = evidence.findEvidence(evidenceId, user.trustId()).orElseThrow(AuditService.NotFound::new);
        AuditItem item = file.getItem();
        Audit audit = access.ownSchool(item.getAudit().requireId(), user);
        access.requireEditable(audit, item, user);
        if (item.getOutcome() == Outcome.MET && item.getChecklistItem().isEvidenceRequired()
                && item.getEvidence().size() == 1 && item.getSeenNotKeptReason() == null) {
            throw new InvalidStep("\"" + item.getChecklistItem().getPrompt() + "\" is met on the strength of this"
                    + " file. Change its outcome, or tick \"Seen on site, not kept\" and say why, before removing it.");
        }
        // the bytes go with it (ON DELETE CASCADE), without being read
        item.removeEvidence(file);
        audits.flush();
    }

    public EvidenceDownload download(long evidenceId) {
        SignedInUser user = access.reader();
        Evidence file = evidence.findEvidence(evidenceId, user.trustId()).orElseThrow(AuditService.NotFound::new);
        byte[] bytes = evidence.findById(evidenceId).orElseThrow(AuditService.NotFound::new).getContent();
        return new EvidenceDownload(file.getFileName(), file.getMediaType(), bytes);
    }

    /**
     * The last part of the name only (browsers may send a path), without control characters or
     * invisible formatting characters: a right-to-left override (U+202E) before "fdp.exe" shows
     * "evil" + RLO + "fdp.exe" as "evilexe.pdf".
     */
    static String cleanName(String fileName) {
        String normalised = java.text.Normalizer.normalize(fileName, java.text.Normalizer.Form.NFC).replace('\\', '/');
        String last = normalised.substring(normalised.lastIndexOf('/') + 1);
        String clean = last.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\"]", "").trim();
        if (clean.isEmpty()) {
            clean = "evidence";
        }
        return clean.length() > 255 ? clean.substring(clean.length() - 255) : clean;
    }
}
