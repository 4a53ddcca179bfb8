package uk.apassure.placement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.apassure.base.time.UkDates;
import uk.apassure.provider.RegistrationFinding;
import uk.apassure.provider.RegistrationTrigger;

/**
 * What a school tells Ofsted when the inspection call comes: every provider where its pupils are
 * placed now or are about to be (active and proposed placements), where each site is, whether the
 * provider is registered and its URN, how many of the school's pupils are there and why, their start
 * dates and hours a week. The school's own pupils only, by name, for its SLT.
 */
public record OfstedList(String schoolName, LocalDate producedOn, List<AtProvider> providers) {

    public OfstedList {
        providers = List.copyOf(providers);
    }

    /**
     * One provider the school uses.
     *
     * @param registrationTrigger the trust-wide flag (counts only), or null when it is not flagged
     */
    public record AtProvider(long id, String name, String type, String registration, @Nullable String urn,
            String ofsted, @Nullable RegistrationFinding registrationTrigger, List<Site> sites, List<Pupil> pupils) {

        public AtProvider {
            sites = List.copyOf(sites);
            pupils = pupils.stream().sorted(Comparator.comparing(Pupil::startsOn).thenComparing(Pupil::name))
                    .toList();
        }

        /** How many of the school's pupils, each counted once however many placements they have here. */
        public long pupilCount() {
            return pupils.stream().map(Pupil::pupilId).distinct().count();
        }

        /** Why they are there, in words: "2 curriculum / vocational, 1 off-site direction; 1 with an EHCP". */
        public String reasons() {
            Map<PlacementType, Long> byType = new EnumMap<>(PlacementType.class);
            pupils.forEach(pupil -> byType.merge(pupil.type(), 1L, Long::sum));
            List<String> types = new ArrayList<>();
            byType.forEach((type, count) -> types.add(count + " " + type.label().toLowerCase()));
            long ehcp = pupils.stream().filter(Pupil::ehcp).map(Pupil::pupilId).distinct().count();
            long lookedAfter = pupils.stream().filter(Pupil::lookedAfter).map(Pupil::pupilId).distinct().count();
            List<String> needs = new ArrayList<>();
            if (ehcp > 0) {
                needs.add(ehcp + " with an EHCP");
            }
            if (lookedAfter > 0) {
                needs.add(lookedAfter + " looked after");
            }
            return String.join(", ", types) + (needs.isEmpty() ? "" : "; " + String.join(", ", needs));
        }

        /** The flag and why, or "No" when the provider is not flagged. */
        public String triggerSummary() {
            return registrationTrigger == null ? "No" : registrationTrigger.summary();
        }

        /** The sites as one line each: "Main site: Willow Bank, 1 Mill Lane, Alpha, AB1 2CD". */
        public List<String> siteLines() {
            return sites.stream().map(site -> site.kind() + ": " + site.name() + ", " + site.address()).toList();
        }
    }

    public record Site(String name, String kind, String address) {}

    /** One of the school's pupils at the provider, in one placement; the week counts that provider's sessions only. */
    public record Pupil(long pupilId, String name, int yearGroup, PlacementType type, PlacementStatus status,
            LocalDate startsOn, @Nullable LocalDate endsOn, Duration week, boolean ehcp, boolean lookedAfter) {

        public String year() {
            return PupilDetails.yearGroupLabel(yearGroup);
        }

        /** "18", "17.5": hours a week at this provider. */
        public String hoursPerWeek() {
            return BigDecimal.valueOf(week.toMinutes()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
                    .stripTrailingZeros().toPlainString();
        }

        public boolean fullTime() {
            return RegistrationTrigger.fullTime(week);
        }

        public String starts() {
            return UkDates.date(startsOn);
        }

        public String ends() {
            return endsOn == null ? "Not set" : UkDates.date(endsOn);
        }

        /** "EHCP, looked after", or empty. */
        public String needs() {
            List<String> needs = new ArrayList<>();
            if (ehcp) {
                needs.add("EHCP");
            }
            if (lookedAfter) {
                needs.add("looked after");
            }
            return String.join(", ", needs);
        }
    }
}
