package uk.apassure.placement;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.apassure.base.time.UkDates;
import uk.apassure.organisation.SchoolService;
import uk.apassure.placement.OfstedList.AtProvider;
import uk.apassure.placement.PlacementService.InvalidPlacement;
import uk.apassure.provider.ProviderDetails;
import uk.apassure.provider.ProviderPage;
import uk.apassure.provider.ProviderService;
import uk.apassure.provider.RegistrationFinding;
import uk.apassure.provider.RegistrationTriggers;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;
import uk.apassure.security.SignedInUser;

/**
 * The Ofsted-call list of the signed-in user's school, on screen, as CSV and as PDF: SLT and the
 * headteacher only, and only their own school's pupils. Each export reads the list afresh, so a
 * download is checked like the page.
 */
@Service
@Transactional(readOnly = true)
public class OfstedListService {

    private static final Set<PlacementStatus> CURRENT = EnumSet.of(PlacementStatus.ACTIVE, PlacementStatus.PROPOSED);

    private final PlacementRepository placements;
    private final ProviderService providers;
    private final RegistrationTriggers triggers;
    private final SchoolService schools;
    private final AccessGuard access;
    private final Clock clock;

    OfstedListService(PlacementRepository placements, ProviderService providers, RegistrationTriggers triggers,
            SchoolService schools, AccessGuard access, Clock clock) {
        this.placements = placements;
        this.providers = providers;
        this.triggers = triggers;
        this.schools = schools;
        this.access = access;
        this.clock = clock;
    }

    public OfstedList list() {
        SignedInUser user = access.require(Permission.PLACEMENT_OFSTED_LIST);
        if (user.schoolId() == null) {
            throw new InvalidPlacement("The Ofsted-call list is a school's own: it is made for the school you"
                    + " belong to.");
        }
        long schoolId = user.schoolId();
        Map<Long, List<OfstedList.Pupil>> pupils = new LinkedHashMap<>();
        Map<Long, Set<Long>> sites = new LinkedHashMap<>();
        for (Placement placement : placements.findWithTimetables(schoolId, CURRENT)) {
            PupilDetails pupil = placement.pupil().details();
            PlacementTerms terms = placement.terms();
            for (TimetableSession session : terms.timetable().sessions()) {
                sites.computeIfAbsent(session.providerId(), any -> new java.util.TreeSet<>()).add(session.siteId());
            }
            for (long providerId : terms.timetable().providerIds()) {
                Duration week = terms.timetable().weekAt(providerId);
                pupils.computeIfAbsent(providerId, any -> new ArrayList<>()).add(new OfstedList.Pupil(
                        placement.pupil().requireId(), pupil.name(), pupil.yearGroup(), terms.type(),
                        placement.status(), terms.startsOn(), terms.endsOn(), week, pupil.sen() == SenStatus.EHCP,
                        pupil.lookedAfter()));
            }
        }
        Map<Long, RegistrationFinding> flagged = pupils.isEmpty() ? Map.of() : triggers.flagged();
        List<AtProvider> atProviders = pupils.entrySet().stream()
                .map(entry -> atProvider(providers.get(entry.getKey()), sites.get(entry.getKey()), entry.getValue(),
                        flagged.get(entry.getKey())))
                .sorted(Comparator.comparing(AtProvider::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        return new OfstedList(schools.school(schoolId).name(), LocalDate.now(clock), atProviders);
    }

    public byte[] csv() {
        return OfstedListCsv.write(list());
    }

    public byte[] pdf() {
        return OfstedListPdf.write(list());
    }

    private static AtProvider atProvider(ProviderPage provider, Set<Long> siteIds, List<OfstedList.Pupil> pupils,
            @org.jspecify.annotations.Nullable RegistrationFinding finding) {
        ProviderDetails details = provider.details();
        String ofsted = details.getOfstedJudgement() == null ? "No judgement recorded"
                : details.getOfstedJudgement().label() + (details.getOfstedDate() == null ? ""
                        : " (" + UkDates.date(details.getOfstedDate()) + ")");
        List<OfstedList.Site> used = provider.sites().stream().filter(site -> siteIds.contains(site.id()))
                .map(site -> new OfstedList.Site(site.details().getName(), site.kind().label(), site.address()))
                .collect(Collectors.toList());
        return new AtProvider(provider.id(), provider.name(),
                details.getType() == null ? "" : details.getType().label(),
                details.getRegistration() == null ? "" : details.getRegistration().label(),
                details.getUrn().isBlank() ? null : details.getUrn(), ofsted,
                finding, used, pupils);
    }
}
