package uk.apassure.provider;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;
import uk.apassure.base.domain.AbstractEntity;
import uk.apassure.base.domain.Rag;

/**
 * An entry of the trust's provider register. Provider-level facts are shared by every school of
 * the trust. The status changes only through {@link #changeStatus}, which keeps its history.
 */
@Audited
@Entity
@Table(name = "provider")
public class Provider extends AbstractEntity {

    @Column(name = "trust_id", nullable = false, updatable = false)
    private long trustId;

    private String name = "";

    @Enumerated(EnumType.STRING)
    private ProviderType type = ProviderType.UNREGISTERED_PROVIDER;

    @Enumerated(EnumType.STRING)
    private ProviderStatus status = ProviderStatus.PROSPECTIVE;

    private @Nullable String urn;

    @Enumerated(EnumType.STRING)
    private Registration registration = Registration.NOT_REGISTERED;

    @Enumerated(EnumType.STRING)
    private @Nullable OfstedJudgement ofstedJudgement;

    private @Nullable LocalDate ofstedDate;
    private boolean laApproved;
    private @Nullable LocalDate laApprovedUntil;
    private @Nullable String website;
    private @Nullable String offer;
    private @Nullable String keyStages;
    private @Nullable Integer capacity;
    private @Nullable BigDecimal costPerSession;
    private Instant createdAt = Instant.EPOCH;
    private Instant updatedAt = Instant.EPOCH;

    // the latest decided pre-placement check audit (issue 3), kept here so the register is one query
    private @Nullable Long latestAuditId;
    @Enumerated(EnumType.STRING)
    private @Nullable Rag latestAuditRag;
    private @Nullable LocalDate latestAuditOn;

    // the main site's town, kept here so the register sorts by it from an index (V45); it follows
    // the site's address (ProviderSite#apply), so it is not history of its own nor a reason for a
    // concurrent edit of the provider's details to be refused
    @NotAudited
    @OptimisticLock(excluded = true)
    private @Nullable String mainTown;

    @NotAudited
    @OneToMany(mappedBy = "provider", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("kind, name")
    private List<ProviderSite> sites = new ArrayList<>();

    @NotAudited
    @OneToMany(mappedBy = "provider", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("name")
    private List<ProviderContact> contacts = new ArrayList<>();

    @NotAudited
    @OneToMany(mappedBy = "provider", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("changedAt desc, id desc")
    private List<ProviderStatusChange> statusHistory = new ArrayList<>();

    protected Provider() {}

    /** A new, prospective provider with its main site; its first history entry says who added it. */
    Provider(long trustId, ProviderDetails details, SiteDetails mainSite, Changer addedBy, Instant now) {
        this.trustId = trustId;
        this.createdAt = now;
        apply(details, now);
        sites.add(new ProviderSite(this, SiteKind.MAIN, mainSite));
        statusHistory.add(new ProviderStatusChange(this, null, ProviderStatus.PROSPECTIVE,
                "Added to the register", addedBy, now));
    }

    /** Copies validated form values onto the entry. */
    void apply(ProviderDetails details, Instant now) {
        this.name = details.getName().trim();
        this.type = details.getType();
        this.urn = blankToNull(details.getUrn());
        this.registration = details.getRegistration();
        this.ofstedJudgement = details.getOfstedJudgement();
        this.ofstedDate = details.getOfstedDate();
        this.laApproved = details.isLaApproved();
        // an end date only for a provider on the list (V21: ck_provider_la_until)
        this.laApprovedUntil = laApproved ? details.getLaApprovedUntil() : null;
        this.website = blankToNull(details.getWebsite());
        this.offer = blankToNull(details.getOffer());
        this.keyStages = blankToNull(details.getKeyStages());
        this.capacity = details.getCapacity();
        this.costPerSession = details.getCostPerSession();
        this.updatedAt = now;
    }

    void recordAudit(long auditId, Rag rag, LocalDate decidedOn, Instant now) {
        this.latestAuditId = auditId;
        this.latestAuditRag = rag;
        this.latestAuditOn = decidedOn;
        this.updatedAt = now;
    }

    public @Nullable Rag getLatestAuditRag() {
        return latestAuditRag;
    }

    public @Nullable LocalDate getLatestAuditOn() {
        return latestAuditOn;
    }

    void changeStatus(ProviderStatus target, String reason, Changer changedBy, Instant now) {
        if (!status.canChangeTo(target)) {
            throw new IllegalStateException("A provider that is " + status.label().toLowerCase()
                    + " cannot become " + target.label().toLowerCase());
        }
        if (reason.isBlank()) {
            throw new IllegalArgumentException("A reason is required");
        }
        statusHistory.add(0, new ProviderStatusChange(this, status, target, reason.trim(), changedBy, now));
        this.status = target;
        this.updatedAt = now;
    }

    ProviderSite addSite(SiteKind kind, SiteDetails details) {
        if (kind == SiteKind.MAIN && mainSite() != null) {
            throw new IllegalStateException("The provider already has a main site");
        }
        ProviderSite site = new ProviderSite(this, kind, details);
        sites.add(site);
        return site;
    }

    void mainSiteIn(String town) {
        this.mainTown = town;
    }

    void removeSite(ProviderSite site) {
        if (site.getKind() == SiteKind.MAIN) {
            throw new IllegalStateException("The main site cannot be removed; edit its address instead");
        }
        sites.remove(site);
    }

    ProviderContact addContact(ContactDetails details) {
        ProviderContact contact = new ProviderContact(this, details);
        contacts.add(contact);
        return contact;
    }

    void removeContact(ProviderContact contact) {
        contacts.remove(contact);
    }

    @Nullable ProviderSite mainSite() {
        return sites.stream().filter(site -> site.getKind() == SiteKind.MAIN).findFirst().orElse(null);
    }

    ProviderDetails toDetails() {
        ProviderDetails details = new ProviderDetails();
        details.setName(name);
        details.setType(type);
        details.setUrn(urn == null ? "" : urn);
        details.setRegistration(registration);
        details.setOfstedJudgement(ofstedJudgement);
        details.setOfstedDate(ofstedDate);
        details.setLaApproved(laApproved);
        details.setLaApprovedUntil(laApprovedUntil);
        details.setWebsite(website == null ? "" : website);
        details.setOffer(offer == null ? "" : offer);
        details.setKeyStages(keyStages == null ? "" : keyStages);
        details.setCapacity(capacity);
        details.setCostPerSession(costPerSession);
        details.setVersion(getVersion());
        return details;
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public long getTrustId() {
        return trustId;
    }

    public String getName() {
        return name;
    }

    public ProviderType getType() {
        return type;
    }

    public ProviderStatus getStatus() {
        return status;
    }

    public @Nullable String getUrn() {
        return urn;
    }

    public Registration getRegistration() {
        return registration;
    }

    public @Nullable OfstedJudgement getOfstedJudgement() {
        return ofstedJudgement;
    }

    public @Nullable LocalDate getOfstedDate() {
        return ofstedDate;
    }

    public boolean isLaApproved() {
        return laApproved;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    List<ProviderSite> getSites() {
        return sites;
    }

    List<ProviderContact> getContacts() {
        return contacts;
    }

    List<ProviderStatusChange> getStatusHistory() {
        return statusHistory;
    }
}
