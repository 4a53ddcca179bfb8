package uk.apassure.placement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.apassure.organisation.SchoolService.SchoolSummary;
import uk.apassure.provider.ProviderChoice;
import uk.apassure.provider.ProviderService;

/**
 * Completes a page of grid rows: the providers of each week by name (two queries for the page, not
 * one per row), the school's name, and the flags each row carries.
 */
@Component
class PlacementGrid {

    private final PlacementRepository placements;
    private final ProviderService providers;
    private final ProviderAttendance attendance;

    PlacementGrid(PlacementRepository placements, ProviderService providers, ProviderAttendance attendance) {
        this.placements = placements;
        this.providers = providers;
        this.attendance = attendance;
    }

    /** @param triggerProviders the providers over the registration trigger the rows are judged against */
    List<PlacementRow> complete(List<PlacementGridRow> rows, Collection<SchoolSummary> schools, LocalDate today,
            Set<Long> triggerProviders) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<Long>> providerIds = placements.findProviders(rows.stream().map(PlacementGridRow::id).toList())
                .stream().collect(Collectors.groupingBy(PlacementProvider::placementId,
                        Collectors.mapping(PlacementProvider::providerId, Collectors.toSet())));
        Map<Long, String> names = providers.choices(providerIds.values().stream().flatMap(Set::stream)
                .collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(ProviderChoice::id, ProviderChoice::name));
        FlagFacts facts = new FlagFacts(today, triggerProviders);
        List<Long> active = rows.stream().filter(row -> row.status() == PlacementStatus.ACTIVE)
                .map(PlacementGridRow::id).toList();
        Map<Long, Map<Long, Integer>> lastWeek = active.isEmpty() ? Map.of() : attendance.lastWeek(
                placements.findActiveWithWeeks(active).stream().map(Placement::week).toList(), today);
        Map<Long, String> schoolNames = schools.stream()
                .collect(Collectors.toMap(SchoolSummary::id, SchoolSummary::name));
        return rows.stream().map(row -> new PlacementRow(row.id(), row.firstName() + " " + row.lastName(), row.upn(),
                row.yearGroup(), row.type(), row.status(), row.startsOn(), row.endsOn(),
                String.join(", ", providerIds.getOrDefault(row.id(), Set.of()).stream()
                        .map(id -> names.getOrDefault(id, "")).collect(Collectors.toCollection(TreeSet::new))),
                schoolNames.getOrDefault(row.schoolId(), ""),
                flags(row, providerIds.getOrDefault(row.id(), Set.of()), facts),
                attendance(lastWeek.getOrDefault(row.id(), Map.of()), names))).toList();
    }

    /** "Grid farm 92%, Grid workshop 50%", by provider name. */
    private static String attendance(Map<Long, Integer> byProvider, Map<Long, String> names) {
        return byProvider.entrySet().stream()
                .map(e -> names.getOrDefault(e.getKey(), "") + " " + e.getValue() + "%")
                .sorted().collect(Collectors.joining(", "));
    }

    /** The Java side of each flag; {@code PlacementQueriesImpl.condition} is the same rule in SQL. */
    static Set<PlacementFlag> flags(PlacementGridRow row, Set<Long> providerIds, FlagFacts facts) {
        LocalDate today = facts.today();
        Set<PlacementFlag> flags = EnumSet.noneOf(PlacementFlag.class);
        for (PlacementFlag flag : PlacementFlag.values()) {
            boolean holds = switch (flag) {
                case NOTICE_LATE -> row.noticeLateFrom() != null && !row.noticeLateFrom().isAfter(today);
                case REVIEW_OVERDUE -> row.reviewOverdueFrom() != null && !row.reviewOverdueFrom().isAfter(today);
                case REGISTRATION_TRIGGER -> providerIds.stream().anyMatch(facts.triggerProviders()::contains);
            };
            if (holds) {
                flags.add(flag);
            }
        }
        return flags;
    }
}
