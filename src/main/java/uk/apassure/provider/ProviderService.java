package uk.apassure.provider;

import uk.apassure.base.domain.Refusal;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.apassure.base.domain.Rag;
import uk.apassure.base.time.DateBounds;
import uk.apassure.base.time.UkDates;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;
import uk.apassure.security.SignedInUser;

/**
 * The provider register. Provider-level facts are shared across the trust: every method scopes to
 * the signed-in user's trust and checks the permission first; input is validated here again,
 * whatever the form did.
 */
@Service
@Transactional(readOnly = true)
public class ProviderService {

    private final ProviderRepository providers;
    private final AccessGuard access;
    private final Validator validator;
    private final Clock clock;
    private final RegistrationTriggers triggers;
    private final ApplicationEventPublisher events;
    private final AuditDecisions decisions;

    ProviderService(ProviderRepository providers, AccessGuard access, Validator validator, Clock clock,
            RegistrationTriggers triggers, ApplicationEventPublisher events, AuditDecisions decisions) {
        this.providers = providers;
        this.decisions = decisions;
        this.events = events;
        this.triggers = triggers;
        this.access = access;
        this.validator = validator;
        this.clock = clock;
    }

    public List<ProviderRow> list(ProviderFilter filter, Pageable page) {
        SignedInUser user = access.require(Permission.PROVIDER_READ);
        Set<Long> only = onlyIds(filter);
        return only != null && only.isEmpty() ? List.of() : providers.findRows(user.trustId(), filter, only, page);
    }

    public long count(ProviderFilter filter) {
        SignedInUser user = access.require(Permission.PROVIDER_READ);
        Set<Long> only = onlyIds(filter);
        return only != null && only.isEmpty() ? 0 : providers.countRows(user.trustId(), filter, only);
    }

    /** The registration trigger's providers when the filter asks for them (its own permission check), else null. */
    private @Nullable Set<Long> onlyIds(ProviderFilter filter) {
        return filter.registrationTrigger() ? triggers.flaggedIds() : null;
    }

    /** How many of the trust's providers are in each status: a status with none is absent. */
    public List<StatusCount> statusCounts() {
        SignedInUser user = access.require(Permission.PROVIDER_READ);
        return providers.countByStatus(user.trustId());
    }

    public ProviderPage get(long providerId) {
        SignedInUser user = access.require(Permission.PROVIDER_READ);
        return ProviderPage.of(load(providerId, user));
    }

    /** Adds a prospective provider with its main site; returns its id. */
    @Transactional
    public long create(ProviderDetails details, SiteDetails mainSite) {
        SignedInUser user = access.require(Permission.PROVIDER_EDIT);
        validate(details);
        validate(mainSite);
        requireSensibleOfstedDate(details);
        requireUniqueUrn(user.trustId(), details.getUrn(), 0);
        Provider provider = new Provider(user.trustId(), details, mainSite, changer(user), clock.instant());
        return providers.saveAndFlush(provider).requireId();
    }

    /** Saves edited details, unless someone else saved the provider since these were read. */
    @Transactional
    public void update(long providerId, ProviderDetails details) {
        SignedInUser user = access.require(Permission.PROVIDER_EDIT);
        validate(details);
        requireSensibleOfstedDate(details);
        Provider provider = load(providerId, user);
        requireVersion(provider.getVersion(), details.getVersion());
        requireUniqueUrn(user.trustId(), details.getUrn(), providerId);
        provider.apply(details, clock.instant());
        providers.flush();
    }

    /** Changes the status as an explicit, reasoned action: SLT, headteacher or trust lead. */
    @Transactional
    public void changeStatus(long providerId, long expectedVersion, ProviderStatus target, String reason) {
        SignedInUser user = access.require(Permission.PROVIDER_STATUS);
        if (reason == null || reason.isBlank()) {
            throw new InvalidChange("Give a reason for the change of status");
        }
        if (reason.length() > 2000) {
            throw new InvalidChange("The reason is too long (at most 2000 characters)");
        }
        Provider provider = load(providerId, user);
        requireVersion(provider.getVersion(), expectedVersion);
        if (!provider.getStatus().canChangeTo(target)) {
            throw new InvalidChange("A provider that is " + provider.getStatus().label().toLowerCase()
                    + " cannot become " + target.label().toLowerCase());
        }
        ProviderStatus from = provider.getStatus();
        provider.changeStatus(target, reason, changer(user), clock.instant());
        providers.flush();
        events.publishEvent(new ProviderChanged.StatusChanged(user.trustId(), providerId, LocalDate.now(clock), from,
                target));
    }

    /**
     * Records an audit decision: the latest audit's RAG and date, and the status the decision sets,
     * with the audit as the reason. The status stays as it is when it already matches. Only the
     * school that decided the audit records it (AuditService.decide): no other caller sets a
     * provider's audit or status from an audit that is not theirs, or not decided.
     */
    @Transactional
    public void recordAuditDecision(long providerId, long auditId, ProviderStatus target, Rag rag, String reason) {
        SignedInUser user = access.require(Permission.PROVIDER_STATUS);
        Provider provider = load(providerId, user);
        if (!decisions.decidedByOwnSchool(auditId, providerId, user)) {
            throw access.refused("Only the school that decided this provider's audit records its decision");
        }
        if (provider.getStatus() != target) {
            if (!provider.getStatus().canChangeTo(target)) {
                throw new InvalidChange("A provider that is " + provider.getStatus().label().toLowerCase()
                        + " cannot become " + target.label().toLowerCase());
            }
            ProviderStatus from = provider.getStatus();
            provider.changeStatus(target, reason, changer(user), clock.instant());
            events.publishEvent(new ProviderChanged.StatusChanged(user.trustId(), providerId, LocalDate.now(clock),
                    from, target));
        }
        provider.recordAudit(auditId, rag, LocalDate.now(clock), clock.instant());
        providers.flush();
    }

    @Transactional
    public long addSite(long providerId, SiteKind kind, SiteDetails details) {
        SignedInUser user = access.require(Permission.PROVIDER_EDIT);
        validate(details);
        Provider provider = load(providerId, user);
        if (kind == SiteKind.MAIN) {
            throw new InvalidChange("A provider has one main site; add a satellite or subcontracted site");
        }
        ProviderSite site = provider.addSite(kind, details);
        providers.flush();
        events.publishEvent(new ProviderChanged.SiteAdded(user.trustId(), providerId, LocalDate.now(clock), kind,
                site.getName()));
        return site.requireId();
    }

    @Transactional
    public void updateSite(long siteId, SiteDetails details) {
        SignedInUser user = access.require(Permission.PROVIDER_EDIT);
        validate(details);
        ProviderSite site = providers.findSite(siteId, user.trustId()).orElseThrow(NotFound::new);
        requireVersion(site.getVersion(), details.getVersion());
        site.apply(details);
        providers.flush();
    }

    @Transactional
    public void removeSite(long siteId) {
        SignedInUser user = access.require(Permission.PROVIDER_EDIT);
        ProviderSite site = providers.findSite(siteId, user.trustId()).orElseThrow(NotFound::new);
        if (site.getKind() == SiteKind.MAIN) {
            throw new InvalidChange("The main site cannot be removed; edit its address instead");
        }
        Provider provider = site.getProvider();
        provider.removeSite(site);
        providers.flush();
        events.publishEvent(new ProviderChanged.SiteClosed(user.trustId(), provider.requireId(), LocalDate.now(clock),
                site.getKind(), site.getName()));
    }

    @Transactional
    public long addContact(long providerId, ContactDetails details) {
        SignedInUser user = access.require(Permission.PROVIDER_EDIT);
        validate(details);
        Provider provider = load(providerId, user);
        ProviderContact contact = provider.addContact(details);
        providers.flush();
        return contact.requireId();
    }

    @Transactional
    public void updateContact(long contactId, ContactDetails details) {
        SignedInUser user = access.require(Permission.PROVIDER_EDIT);
        validate(details);
        ProviderContact contact = providers.findContact(contactId, user.trustId()).orElseThrow(NotFound::new);
        requireVersion(contact.getVersion(), details.getVersion());
        contact.apply(details);
        providers.flush();
    }

    @Transactional
    public void removeContact(long contactId) {
        SignedInUser user = access.require(Permission.PROVIDER_EDIT);
        ProviderContact contact = providers.findContact(contactId, user.trustId()).orElseThrow(NotFound::new);
        contact.getProvider().removeContact(contact);
        providers.flush();
    }

    /** Providers that may be visited: the trust's, not archived and not "do not use"; by name, a page at a time. */
    public List<ProviderChoice> visitable(String name, int offset, int limit) {
        SignedInUser user = access.require(Permission.PROVIDER_READ);
        String pattern = "%" + name.trim().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return providers.findChoices(user.trustId(), NOT_VISITABLE, pattern,
                org.springframework.data.domain.PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit)));
    }

    /** One visitable provider of the trust; refused when it is archived or "do not use". */
    public ProviderChoice visitable(long providerId) {
        SignedInUser user = access.require(Permission.PROVIDER_READ);
        Provider provider = load(providerId, user);
        if (NOT_VISITABLE.contains(provider.getStatus())) {
            throw new InvalidChange("A provider that is " + provider.getStatus().label().toLowerCase()
                    + " cannot be chosen for a visit");
        }
        return new ProviderChoice(provider.requireId(), provider.getName(), provider.getStatus());
    }

    /** One provider of the trust as other features list it (any status). */
    public ProviderChoice choice(long providerId) {
        SignedInUser user = access.require(Permission.PROVIDER_READ);
        Provider provider = load(providerId, user);
        return new ProviderChoice(provider.requireId(), provider.getName(), provider.getStatus());
    }

    /** One provider of the trust as other features list it, if there is one (an id read from an address). */
    public java.util.Optional<ProviderChoice> findChoice(long providerId) {
        SignedInUser user = access.require(Permission.PROVIDER_READ);
        return providers.findByIdAndTrustId(providerId, user.trustId())
                .map(provider -> new ProviderChoice(provider.requireId(), provider.getName(), provider.getStatus()));
    }

    /** Providers of the trust by id, in one query (any status; ids of other trusts are left out). */
    public List<ProviderChoice> choices(java.util.Collection<Long> providerIds) {
        SignedInUser user = access.require(Permission.PROVIDER_READ);
        return providerIds.isEmpty() ? List.of() : providers.findChoicesByIds(user.trustId(), providerIds);
    }

    private static final java.util.Set<ProviderStatus> NOT_VISITABLE =
            java.util.EnumSet.of(ProviderStatus.ARCHIVED, ProviderStatus.DO_NOT_USE);

    private Provider load(long providerId, SignedInUser user) {
        return providers.findByIdAndTrustId(providerId, user.trustId()).orElseThrow(NotFound::new);
    }

    private void requireUniqueUrn(long trustId, String urn, long exceptId) {
        if (!urn.isBlank() && providers.urnTaken(trustId, urn.trim(), exceptId)) {
            throw new InvalidChange("Another provider in the register already has URN " + urn.trim());
        }
    }

    /** An inspection happened between 1 Jan 2000 (DateBounds) and today; 0001 or 1900 is a typing slip. */
    private void requireSensibleOfstedDate(ProviderDetails details) {
        LocalDate inspected = details.getOfstedDate();
        LocalDate today = LocalDate.now(clock);
        if (inspected != null && (inspected.isBefore(DateBounds.EARLIEST) || inspected.isAfter(today))) {
            throw new InvalidChange("The Ofsted inspection date must be between " + UkDates.typed(DateBounds.EARLIEST)
                    + " and today");
        }
    }

    private static void requireVersion(long current, long expected) {
        if (current != expected) {
            throw new ConcurrentEdit();
        }
    }

    private <T> void validate(T form) {
        Set<ConstraintViolation<T>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private static Changer changer(SignedInUser user) {
        return new Changer(user.id(), user.displayName());
    }

    /** The provider does not exist, or is not in the user's trust. */
    public static class NotFound extends Refusal {
        NotFound() {
            super("This provider is not in your trust's register");
        }
    }

    /** The change breaks a rule of the register; the message says which, for the user. */
    public static class InvalidChange extends Refusal {
        InvalidChange(String message) {
            super(message);
        }
    }

    /** Someone else saved the record after this user opened it; their data is kept. */
    public static class ConcurrentEdit extends Refusal {
        ConcurrentEdit() {
            super(MESSAGE);
        }

        /** Also for a lost race detected by the database (an optimistic-lock failure at flush). */
        public static final String MESSAGE = "Someone else saved changes to this provider while you were"
                + " editing. Your changes were not saved, and theirs are kept. Reload to see their version, then"
                + " make your change again.";
    }
}
