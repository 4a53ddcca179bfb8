package uk.apassure.demo;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import uk.apassure.provider.ProviderFilter;
import uk.apassure.provider.ProviderService;
import uk.apassure.security.SubjectRunner;
import uk.apassure.visit.ConcernService;
import uk.apassure.visit.FollowUpService;
import uk.apassure.visit.JudgedArea;
import uk.apassure.visit.Judgement;
import uk.apassure.visit.VisitDraft;
import uk.apassure.visit.VisitPage;
import uk.apassure.visit.VisitService;
import uk.apassure.visit.VisitType;

/**
 * Six QA visits of Meadowbank Academy over the last two months, recorded through the visit
 * services by the demo visitor and AP lead: five submitted, one still a draft, one with a
 * follow-up action, one with an open safeguarding concern (on the DSL's dashboard) and one whose
 * concern the DSL has closed. The concern e-mails only queue when no SMTP server listens.
 */
@Component
@Profile("demo")
class DemoVisits {

    /** {@code judgements}: one letter per {@link JudgedArea} in order, G good, A adequate, C concern, - none yet. */
    private record Seed(String user, String provider, int daysAgo, VisitType type, String judgements,
            String activities, String pupilWork, String notes) {}

    private final VisitService visits;
    private final ConcernService concerns;
    private final FollowUpService followUps;
    private final ProviderService providers;
    private final SubjectRunner runner;
    private final Clock clock;

    DemoVisits(VisitService visits, ConcernService concerns, FollowUpService followUps, ProviderService providers,
            SubjectRunner runner, Clock clock) {
        this.visits = visits;
        this.concerns = concerns;
        this.followUps = followUps;
        this.providers = providers;
        this.runner = runner;
        this.clock = clock;
    }

    void create() {
        record(new Seed("visitor", "Willow Bank Farm", 55, VisitType.QA_MONITORING, "GGGGG",
                "Feeding round and cleaning out the goat pens; a short session on recording animal weights.",
                "AQA unit award logbooks of three pupils, signed off by the farm supervisor and up to date.",
                "Three Year 10 pupils on site, all on time. The supervisor knows each pupil's support plan and"
                        + " keeps a daily sign-in sheet. Pupils said they look forward to their farm days."), true);
        record(new Seed("aplead", "Corrington AP Academy", 46, VisitType.PRE_PLACEMENT, "GGAGG",
                "Tour of the KS4 base with the deputy head; sat in on a functional skills maths lesson.",
                "Sample of English books from the current group: regular marking, clear next steps.",
                "Visit before a proposed placement for one Year 11 pupil. Induction agreed: a half-day taster,"
                        + " then three days a week. Corridors lively at changeover but staff on hand."
                        + " Attendance to come to us weekly by e-mail."), true);
        long kitchen = record(new Seed("visitor", "Northgate Kitchen Project", 33, VisitType.UNANNOUNCED, "AGGAA",
                "Food preparation for the lunch service, pupils working in pairs with a chef tutor.",
                "Food hygiene level 1 workbooks: two of four complete.",
                "Arrived unannounced mid-morning. The signing-in book missed one pupil who came late. Kitchen"
                        + " clean, knives stored safely. A pupil told me something I passed on (see the concern)."),
                true);
        long concern = runner.callAs("visitor", () -> concerns.raise(kitchen, "A Year 10 pupil told me an adult"
                + " volunteer had messaged them on social media outside the sessions and asked to meet at the"
                + " weekend. The pupil showed me the messages. Pupil safe; the provider's manager told before I left."));
        runner.runAs("dsl", () -> concerns.close(concern, concerns.version(concern), "Spoke to the provider's"
                + " safeguarding lead the same afternoon. Volunteer stood down and the LADO informed; the provider"
                + " found no further contact. Pupil and parent told; placement continues with a named staff contact."));
        Seed hilltop = new Seed("visitor", "Hilltop Motor Skills", 19, VisitType.QA_MONITORING, "GAGGC",
                "Wheel change and tyre checks on the training car; theory session on engine oils.",
                "Entry level 3 portfolios: photos and tutor sign-off for two units.",
                "Good relationships between the tutor and pupils. Oil spills on the workshop floor were not cleaned"
                        + " up and two pupils had no safety boots: not replaced since half term, the tutor said.");
        long withAction = started(hilltop);
        runner.runAs("visitor", () -> followUps.add(withAction, "Send photos of the replacement safety boots and"
                + " the updated workshop risk assessment", "Tom Becker", LocalDate.now(clock).plusDays(10)));
        fill(withAction, hilltop, true);
        long harbour = record(new Seed("visitor", "Harbour Outdoor Learning", 6, VisitType.UNANNOUNCED, "CGAGA",
                "Shelter building and fire lighting in the woodland area.",
                "No written work at this provision; looked at the photo log of the term's activities.",
                "Two of our pupils were with a volunteer on their own while the session lead was off site. The"
                        + " centre could not show me the volunteer's DBS check. Raised a safeguarding concern."), true);
        runner.runAs("visitor", () -> concerns.raise(harbour, "Two Meadowbank pupils were left alone with a"
                + " volunteer whose DBS check the centre could not produce; the session lead was off site and not"
                + " reachable for forty minutes. Pupils safe and well when I left; the centre manager has been told."));
        record(new Seed("visitor", "Wildwood Forest School", 1, VisitType.QA_MONITORING, "GG---",
                "Forest school circle and tool talk; pupils whittling with close supervision.", "",
                "Still to add: attendance figures from the provider's register."), false);
    }

    private long record(Seed seed, boolean submit) {
        long id = started(seed);
        fill(id, seed, submit);
        return id;
    }

    private long started(Seed seed) {
        return runner.callAs(seed.user(), () -> visits.startDraft(
                providers.list(ProviderFilter.ANY.withName(seed.provider()), PageRequest.of(0, 1)).getFirst().id()));
    }

    private void fill(long id, Seed seed, boolean submit) {
        runner.runAs(seed.user(), () -> {
            VisitPage page = visits.get(id);
            VisitDraft draft = page.draft();
            draft.setSiteId(page.sites().isEmpty() ? null : page.sites().getFirst().id());
            draft.setVisitedAt(visitedAt(seed.daysAgo()));
            draft.setType(seed.type());
            boolean inPerson = seed.type() != VisitType.PHONE_OR_ONLINE;
            draft.setSpokeToStaff(true);
            draft.setSpokeToPupils(inPerson);
            draft.setObservedLessons(inPerson);
            draft.setObservedUnstructured(seed.type() == VisitType.UNANNOUNCED);
            draft.setActivities(seed.activities());
            draft.setPupilWork(seed.pupilWork());
            draft.setNotes(seed.notes());
            for (JudgedArea area : JudgedArea.values()) {
                draft.setJudgement(area, judgement(seed.judgements().charAt(area.ordinal())));
            }
            if (submit) {
                visits.submit(id, draft);
            } else {
                visits.saveDraft(id, draft);
            }
        });
    }

    /** A school day {@code daysAgo} days back (a weekend moves to the Friday before), in the morning. */
    private LocalDateTime visitedAt(int daysAgo) {
        LocalDate day = LocalDate.now(clock).minusDays(daysAgo);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.minusDays(1);
        }
        return day.atTime(9 + daysAgo % 4, 30);
    }

    private static @Nullable Judgement judgement(char letter) {
        return switch (letter) {
            case 'G' -> Judgement.GOOD;
            case 'A' -> Judgement.ADEQUATE;
            case 'C' -> Judgement.CONCERN;
            default -> null;
        };
    }
}
