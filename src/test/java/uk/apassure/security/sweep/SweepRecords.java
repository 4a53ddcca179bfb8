package uk.apassure.security.sweep;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.apassure.TestWorld;
import uk.apassure.attendance.AttendanceService;
import uk.apassure.attendance.Mark;
import uk.apassure.audit.AuditService;
import uk.apassure.audit.ChecklistService;
import uk.apassure.audit.EvidenceFiles;
import uk.apassure.audit.EvidenceService;
import uk.apassure.calendar.Session;
import uk.apassure.organisation.UserAdminService;
import uk.apassure.placement.NewSuspension;
import uk.apassure.placement.PlacementEdit;
import uk.apassure.placement.PlacementEditService;
import uk.apassure.placement.PlacementFixtures;
import uk.apassure.placement.PlacementService;
import uk.apassure.placement.PlacementTerms;
import uk.apassure.placement.PlacementType;
import uk.apassure.placement.PupilDetails;
import uk.apassure.placement.SenStatus;
import uk.apassure.placement.SuspensionReason;
import uk.apassure.placement.SuspensionService;
import uk.apassure.placement.Timetable;
import uk.apassure.placement.TimetableSession;
import uk.apassure.placement.Upn;
import uk.apassure.provider.ProviderFixtures;
import uk.apassure.provider.ProviderService;
import org.springframework.data.domain.PageRequest;
import uk.apassure.renewal.RenewalFilter;
import uk.apassure.renewal.RenewalRef;
import uk.apassure.renewal.RenewalService;
import uk.apassure.review.ReviewDraft;
import uk.apassure.review.ReviewFixtures;
import uk.apassure.review.ReviewService;
import uk.apassure.risk.HazardKind;
import uk.apassure.risk.HazardLine;
import uk.apassure.risk.Residual;
import uk.apassure.risk.RiskAssessmentService;
import uk.apassure.security.Role;
import uk.apassure.security.SubjectRunner;
import uk.apassure.visit.ConcernService;
import uk.apassure.visit.FollowUpService;
import uk.apassure.visit.VisitDraft;
import uk.apassure.visit.VisitFixtures;
import uk.apassure.visit.VisitService;

/**
 * One record of every kind owned by school A1 of trust A, made through the services by A1's own
 * staff, each carrying a distinctive text that nobody outside its scope may ever be shown. Made
 * once per Spring context (the sweeps only read them, or are refused).
 */
@Component
public class SweepRecords {

    private final TestWorld world;
    private final SubjectRunner subjects;
    private final ReviewFixtures reviewFixtures;
    private final PlacementFixtures placementFixtures;
    private final ProviderService providers;
    private final AuditService audits;
    private final EvidenceService evidence;
    private final VisitService visits;
    private final ConcernService concerns;
    private final FollowUpService followUps;
    private final PlacementService placements;
    private final PlacementEditService placementEdits;
    private final SuspensionService suspensions;
    private final ReviewService reviews;
    private final AttendanceService attendance;
    private final RiskAssessmentService riskAssessments;
    private final UserAdminService accounts;
    private final RenewalService renewals;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private volatile boolean made;

    public String tag;
    public String providerName;
    public String pupilFirstName;
    public String pupilLastName;
    public String upn;
    public String concernText;
    public String visitNotes;
    public String actionText;
    public String reviewText;
    public String accountName;

    public long provider;
    public long site;
    public long contact;
    public long audit;
    public long item;
    public long evidenceFile;
    public long visit;
    public long concern;
    public long action;
    public long placement;
    public long pupil;
    public long review;
    public long suspension;
    public long attendanceMark;
    public long riskAssessment;
    public long account;
    public RenewalRef renewalRef;
    public LocalDate today;
    public VisitDraft visitDraft;
    public ReviewDraft reviewDraft;
    public PlacementEdit placementEdit;
    public PupilDetails pupilDetails;
    public PlacementTerms placementTerms;

    SweepRecords(TestWorld world, SubjectRunner subjects, ReviewFixtures reviewFixtures,
            PlacementFixtures placementFixtures, ProviderService providers, AuditService audits,
            EvidenceService evidence, VisitService visits, ConcernService concerns, FollowUpService followUps,
            PlacementService placements, PlacementEditService placementEdits, SuspensionService suspensions,
            ReviewService reviews, AttendanceService attendance, RiskAssessmentService riskAssessments,
            UserAdminService accounts, RenewalService renewals, JdbcTemplate jdbc, Clock clock) {
        this.renewals = renewals;
        this.world = world;
        this.subjects = subjects;
        this.reviewFixtures = reviewFixtures;
        this.placementFixtures = placementFixtures;
        this.providers = providers;
        this.audits = audits;
        this.evidence = evidence;
        this.visits = visits;
        this.concerns = concerns;
        this.followUps = followUps;
        this.placements = placements;
        this.placementEdits = placementEdits;
        this.suspensions = suspensions;
        this.reviews = reviews;
        this.attendance = attendance;
        this.riskAssessments = riskAssessments;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The records, made once; every call first sets the shared test clock back to Tue 24 Nov 2026
     * (another test of the same context may have moved it), as the records' dates were made for it.
     */
    public synchronized SweepRecords ensure() {
        uk.apassure.base.time.InTermClock.reset(clock);
        if (made) {
            return this;
        }
        world.ensure();
        today = LocalDate.now(clock);
        tag = UUID.randomUUID().toString().substring(0, 8);
        providerName = "Sweepfarm " + tag;
        pupilFirstName = "Zebedee" + tag;
        pupilLastName = "Quillfeather" + tag;
        concernText = "Sweep concern " + tag + ": bruising seen on the forearm";
        visitNotes = "Sweep visit notes " + tag;
        actionText = "Sweep follow-up " + tag;
        reviewText = "Sweep review progress " + tag;
        accountName = "sweep.a1." + tag;

        placementFixtures.termDates(world.schoolA1);
        provider = reviewFixtures.provider(providerName);
        site = subjects.callAs("a1.aplead", () -> providers.get(provider).sites().getFirst().id());
        contact = subjects.callAs("a1.aplead", () -> providers.addContact(provider,
                ProviderFixtures.contact("Sweep Contact")));

        audit = subjects.callAs("a1.aplead", () -> audits.start(provider, ChecklistService.PRE_PLACEMENT, null));
        item = subjects.callAs("a1.aplead", () -> audits.get(audit).items().getFirst().id());
        evidenceFile = subjects.callAs("a1.aplead", () -> evidence.upload(audit, item, "sweep.pdf",
                EvidenceFiles.pdf("sweep")));

        visit = subjects.callAs("a1.aplead", () -> {
            long id = visits.startDraft(provider);
            VisitDraft draft = VisitFixtures.complete(visits.get(id).draft());
            draft.setNotes(visitNotes);
            visits.saveDraft(id, draft);
            return id;
        });
        action = subjects.callAs("a1.aplead", () -> followUps.add(visit, actionText, "A1 AP Lead", today.plusDays(7)));
        concern = subjects.callAs("a1.aplead", () -> concerns.raise(visit, concernText));
        visitDraft = subjects.callAs("a1.aplead", () -> visits.get(visit).draft());

        String serial = String.format("%06d", Math.abs(tag.hashCode()) % 1_000_000);
        upn = Upn.withCheckLetter("881" + serial + "123");
        pupilDetails = new PupilDetails(pupilFirstName, pupilLastName, upn, LocalDate.of(2012, 3, 14), 9,
                SenStatus.NONE, false, null, false);
        placementTerms = new PlacementTerms(PlacementType.VOCATIONAL, LocalDate.of(2026, 9, 8), null,
                "Re-engage with learning", "Attendance above 90%", new BigDecimal("70.00"), false, null,
                new Timetable(List.of(new TimetableSession(DayOfWeek.TUESDAY, Session.AM, provider, site,
                        LocalTime.of(9, 0), LocalTime.of(12, 0)))));
        placement = subjects.callAs("a1.aplead", () -> placements.propose(pupilDetails, placementTerms));
        placementFixtures.start("a1.slt", placement);
        pupil = jdbc.queryForObject("select pupil_id from placement where id = ?", Long.class, placement);
        placementEdit = subjects.callAs("a1.aplead", () -> placementEdits.open(placement));

        suspension = subjects.callAs("a1.slt", () -> suspensions.record(pupil,
                new NewSuspension(LocalDate.of(2026, 11, 10), 2, SuspensionReason.values()[0])));
        attendanceMark = subjects.callAs("a1.aplead", () -> attendance.mark(placement, LocalDate.of(2026, 11, 17),
                Session.AM, Mark.PRESENT, null));

        review = subjects.callAs("a1.slt", () -> {
            long id = reviews.start(placement);
            ReviewDraft draft = reviews.get(id).draft();
            draft.setWelfare(reviewText);
            reviews.saveDraft(id, draft);
            return id;
        });
        reviewDraft = subjects.callAs("a1.slt", () -> reviews.get(review).draft());

        riskAssessment = subjects.callAs("a1.aplead", () -> riskAssessments.approve(provider, 0, "Sweep",
                today, List.of(new HazardLine("Main site", "Animal care", HazardKind.values()[0], "Sweep hazard",
                        "Pupils", "Supervised at all times", Residual.LOW))));

        renewalRef = subjects.callAs("a1.aplead", () -> renewals.list(new RenewalFilter(null, null, provider, null,
                null), PageRequest.of(0, 50))).stream().filter(item -> item.kind().renewable()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no renewable row at the sweep's provider")).ref();
        account = subjects.callAs("a.admin", () -> accounts.create(new UserAdminService.NewAccount(accountName,
                "Sweep Account " + tag, null, world.schoolA1, Set.of(Role.VISITOR)))).userId();
        made = true;
        return this;
    }

    /** The texts of A1's pupil-, visit- and concern-level records: nobody outside A1 (but its trust leads) sees them. */
    public List<String> schoolSecrets() {
        return List.of(pupilFirstName, pupilLastName, upn, concernText, visitNotes, actionText, reviewText);
    }

    /** What another trust must never see, on top of {@link #schoolSecrets()}: the register and the accounts. */
    public List<String> trustSecrets() {
        return List.of(providerName, accountName, "Sweep Contact");
    }

    /** An unused time for a visit, so a second draft never collides with the first. */
    public LocalDateTime visitTime() {
        return LocalDateTime.of(2026, 11, 3, 10, 0);
    }
}
