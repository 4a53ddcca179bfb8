package uk.apassure.visit;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.apassure.base.domain.Refusal;
import uk.apassure.provider.Provider;
import uk.apassure.provider.ProviderPage;
import uk.apassure.provider.ProviderService;
import uk.apassure.provider.ProviderSite;
import uk.apassure.provider.SiteKind;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;
import uk.apassure.security.SignedInUser;

/**
 * Visit logs. Every method checks the permission and the scope first (visiting staff: their own
 * and their school's visits; trust-wide roles: the trust's); drafts are saved with a version
 * check so that two editors never overwrite each other silently.
 */
@Service
@Transactional(readOnly = true)
public class VisitService {

    /** Schools in England: visit times are wall-clock times there. */

    private final VisitRepository visits;
    private final ConcernRepository concerns;
    private final ConcernViews concernView;
    private final AmendmentRepository amendments;
    private final ProviderService providers;
    private final AccessGuard access;
    private final Validator validator;
    private final EntityManager em;
    private final Clock clock;

    VisitService(VisitRepository visits, ConcernRepository concerns, ConcernViews concernView,
            AmendmentRepository amendments, ProviderService providers, AccessGuard access, Validator validator,
            EntityManager em, Clock clock) {
        this.visits = visits;
        this.concerns = concerns;
        this.concernView = concernView;
        this.amendments = amendments;
        this.providers = providers;
        this.access = access;
        this.validator = validator;
        this.em = em;
        this.clock = clock;
    }

    public List<VisitRow> list(VisitFilter filter, Pageable page) {
        SignedInUser user = access.require(Permission.VISIT_READ);
        return visits.findRows(scope(user), filter, page);
    }

    public long count(VisitFilter filter) {
        SignedInUser user = access.require(Permission.VISIT_READ);
        return visits.countRows(scope(user), filter);
    }

    /** Governors see counts only: submitted visits by type in the last twelve months, and open concerns. */
    public VisitCounts counts() {
        SignedInUser user = access.require(Permission.VISIT_COUNT);
        boolean wholeTrust = access.isPermitted(Permission.TRUST_WIDE);
        Long school = wholeTrust ? null : user.schoolId();
        if (school == null && !wholeTrust) {
            // a school's role without a school sees no school's visits, never the trust's
            return new VisitCounts(Map.of(), 0);
        }
        LocalDateTime since = LocalDateTime.now(clock).minusMonths(12);
        Map<VisitType, Long> byType = new java.util.EnumMap<>(VisitType.class);
        for (Object[] row : visits.countByType(user.trustId(), school, since)) {
            if (row[0] != null) {
                byType.put((VisitType) row[0], (Long) row[1]);
            }
        }
        return new VisitCounts(byType, concerns.countOpen(user.trustId(), school));
    }

    /** Starts a draft visit of the user's school to a provider that may be visited; returns its id. */
    @Transactional
    public long startDraft(long providerId) {
        return startDraft(providerId, null);
    }

    /**
     * Starts a draft at {@code siteId} (or, when none is given, the provider's main site) with the
     * type of visit this user recorded last; returns its id.
     */
    @Transactional
    public long startDraft(long providerId, @Nullable Long siteId) {
        SignedInUser user = access.require(Permission.VISIT_RECORD);
        if (user.schoolId() == null) {
            throw new InvalidVisit(List.of("Visits are recorded by a school's staff"));
        }
        try {
            providers.visitable(providerId);
        } catch (ProviderService.InvalidChange e) {
            throw new InvalidVisit(List.of(e.getMessage()));
        }
        Provider provider = em.getReference(Provider.class, providerId);
        String schoolName = em.createQuery("select s.name from uk.apassure.organisation.School s where s.id = :id",
                String.class).setParameter("id", user.schoolId()).getSingleResult();
        Visit visit = new Visit(user.schoolId(), schoolName, provider, user.id(), user.displayName(), now(),
                clock.instant());
        VisitDraft draft = visit.toDraft();
        draft.setVisitors(user.displayName());
        draft.setType(visits.typesRecordedBy(user.id(), PageRequest.of(0, 1)).stream().findFirst().orElse(null));
        List<VisitPage.Site> sites = sites(providerId);
        if (siteId != null && sites.stream().noneMatch(site -> site.id() == siteId)) {
            throw new InvalidVisit(List.of("That site is not one of this provider's sites"));
        }
        Long start = siteId != null ? siteId : sites.isEmpty() ? null : sites.getFirst().id();
        visit.apply(draft, start == null ? null : em.getReference(ProviderSite.class, start), clock.instant());
        return visits.saveAndFlush(visit).requireId();
    }

    /** The sites a visit to this provider may be at, the main site first. */
    public List<VisitPage.Site> sitesToVisit(long providerId) {
        access.require(Permission.VISIT_RECORD);
        try {
            providers.visitable(providerId);
        } catch (ProviderService.InvalidChange e) {
            throw new InvalidVisit(List.of(e.getMessage()));
        }
        return sites(providerId);
    }

    public VisitPage get(long visitId) {
        SignedInUser user = access.require(Permission.VISIT_READ);
        Visit visit = load(visitId, user);
        SafeguardingConcern concern = concerns.findByVisitId(visitId).orElse(null);
        boolean mayRecord = access.isPermitted(Permission.VISIT_RECORD);
        return new VisitPage(visit.requireId(), visit.getProvider().requireId(), visit.getProvider().getName(),
                visit.getStatus(), visit.toDraft(), sites(visit.getProvider().requireId()), visit.getRecordedByName(),
                visit.getSubmittedAt(), visit.getActions().stream().map(VisitService::action).toList(),
                concern == null ? null : concernView.view(concern, user),
                amendments.findByVisitIdOrderByAmendedAtDescIdDesc(visitId).stream()
                        .map(VisitAmendment::toView).toList(),
                mayRecord && isAuthor(visit, user) && visit.getStatus() == VisitStatus.DRAFT,
                mayRecord && visit.getStatus() == VisitStatus.SUBMITTED && inSchool(visit, user),
                mayRecord && concern == null,
                concern != null && concern.isOpen() && access.isPermitted(Permission.CONCERN_CLOSE)
                        && inSchool(visit, user));
    }

    /** Autosave: stores the draft as it stands; returns the new version for the next save. */
    @Transactional
    public long saveDraft(long visitId, VisitDraft draft) {
        SignedInUser user = access.require(Permission.VISIT_RECORD);
        Visit visit = loadDraftOfAuthor(visitId, user, draft);
        visit.apply(draft, site(visit, draft.getSiteId()), clock.instant());
        visits.flush();
        return visit.getVersion();
    }

    /** Submits a complete visit; the messages say what is missing. Returns the new version. */
    @Transactional
    public long submit(long visitId, VisitDraft draft) {
        SignedInUser user = access.require(Permission.VISIT_RECORD);
        Visit visit = loadDraftOfAuthor(visitId, user, draft);
        List<String> missing = SubmissionRules.broken(draft);
        if (!missing.isEmpty()) {
            throw new InvalidVisit(missing);
        }
        visit.apply(draft, site(visit, draft.getSiteId()), clock.instant());
        visit.submit(clock.instant());
        visits.flush();
        return visit.getVersion();
    }

    /** Changes a submitted visit; every changed field is recorded with who, when and why. */
    @Transactional
    public long amend(long visitId, VisitDraft draft, String reason) {
        SignedInUser user = access.require(Permission.VISIT_RECORD);
        if (reason == null || reason.isBlank()) {
            throw new InvalidVisit(List.of("Give a reason for the amendment"));
        }
        if (reason.length() > 2000) {
            throw new InvalidVisit(List.of("The reason is too long (at most 2000 characters)"));
        }
        validate(draft);
        Visit visit = load(visitId, user);
        if (visit.getStatus() != VisitStatus.SUBMITTED || !inSchool(visit, user)) {
            throw new InvalidVisit(List.of("Only a submitted visit of your school can be amended"));
        }
        requireVersion(visit, draft);
        List<String> missing = SubmissionRules.broken(draft);
        if (!missing.isEmpty()) {
            throw new InvalidVisit(missing);
        }
        ProviderSite newSite = site(visit, draft.getSiteId());
        Map<String, String> before = VisitFields.describe(visit.toDraft(), siteName(visit.getSite()));
        Map<String, String> after = VisitFields.describe(draft, siteName(newSite));
        List<String> changed = before.keySet().stream()
                .filter(field -> !Objects.equals(before.get(field), after.get(field))).toList();
        if (changed.isEmpty()) {
            throw new InvalidVisit(List.of("Nothing was changed"));
        }
        var now = clock.instant();
        for (String field : changed) {
            amendments.save(new VisitAmendment(visitId, field, before.get(field), after.get(field), reason.trim(),
                    user.id(), user.displayName(), now));
        }
        visit.apply(draft, newSite, now);
        visits.flush();
        return visit.getVersion();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
    }

    private Visit loadDraftOfAuthor(long visitId, SignedInUser user, VisitDraft draft) {
        validate(draft);
        Visit visit = load(visitId, user);
        if (!isAuthor(visit, user)) {
            throw new InvalidVisit(List.of("Only " + visit.getRecordedByName() + ", who is recording this visit,"
                    + " can change the draft"));
        }
        if (visit.getStatus() != VisitStatus.DRAFT) {
            throw new InvalidVisit(List.of("This visit has been submitted; amend it with a reason instead"));
        }
        requireVersion(visit, draft);
        return visit;
    }

    Visit load(long visitId, SignedInUser user) {
        Visit visit = visits.findInTrust(visitId, user.trustId()).orElseThrow(NotFound::new);
        if (!scope(user).covers(visit)) {
            throw new NotFound();
        }
        return visit;
    }

    VisitScope scope(SignedInUser user) {
        return new VisitScope(user.trustId(), access.isPermitted(Permission.TRUST_WIDE), user.schoolId(), user.id());
    }

    private @Nullable ProviderSite site(Visit visit, @Nullable Long siteId) {
        if (siteId == null) {
            return null;
        }
        boolean ofProvider = sites(visit.getProvider().requireId()).stream().anyMatch(site -> site.id() == siteId);
        if (!ofProvider) {
            throw new InvalidVisit(List.of("That site is not one of this provider's sites"));
        }
        return em.getReference(ProviderSite.class, siteId);
    }

    /** The main site first, so that a visit starts there. */
    private List<VisitPage.Site> sites(long providerId) {
        ProviderPage provider = providers.get(providerId);
        return provider.sites().stream()
                .sorted(Comparator.comparing(site -> site.kind() != SiteKind.MAIN))
                .map(site -> new VisitPage.Site(site.id(), site.details().getName() + ", " + site.details().getTown()))
                .toList();
    }

    private static @Nullable String siteName(@Nullable ProviderSite site) {
        return site == null ? null : site.getName() + ", " + site.getTown();
    }

    static boolean isAuthor(Visit visit, SignedInUser user) {
        return visit.getRecordedById() == user.id();
    }

    static boolean inSchool(Visit visit, SignedInUser user) {
        return user.schoolId() != null && user.schoolId() == visit.getSchoolId();
    }

    private static void requireVersion(Visit visit, VisitDraft draft) {
        if (visit.getVersion() != draft.getVersion()) {
            throw new ConcurrentEdit();
        }
    }

    private void validate(VisitDraft draft) {
        List<String> problems = new ArrayList<>(validator.validate(draft).stream()
                .map(ConstraintViolation::getMessage).sorted().toList());
        VisitDates.problem(draft.getVisitedAt(), LocalDateTime.now(clock)).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidVisit(problems);
        }
    }

    private static VisitPage.Action action(VisitAction action) {
        return new VisitPage.Action(action.requireId(), action.getDescription(), action.getOwner(),
                action.getDueOn(), action.getStatus());
    }

    /** The visit does not exist or is outside the user's scope: both look the same. */
    public static class NotFound extends Refusal {
        NotFound() {
            super("This visit does not exist or is not one you may see");
        }
    }

    /** The visit breaks a rule; each message says what to do. */
    public static class InvalidVisit extends Refusal {
        private final List<String> problems;

        InvalidVisit(List<String> problems) {
            super(String.join(" ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    /** Someone (or another tab) saved the visit since this copy was read. */
    public static class ConcurrentEdit extends Refusal {
        public static final String MESSAGE = "This visit was changed elsewhere (another person, tab or device)"
                + " after you opened it, so this change was not saved. Reload to see the latest version.";

        ConcurrentEdit() {
            super(MESSAGE);
        }
    }
}
