package uk.apassure.review;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.apassure.calendar.CalendarService;
import uk.apassure.calendar.NoCalendar;
import uk.apassure.placement.PlacementBrief;
import uk.apassure.placement.ReviewDeadline;

/**
 * The review schedule's answer to placements: from which day each placement is overdue for a
 * review, from its signed reviews on its school's calendar. Called by placements inside their own
 * checked service calls (and on review and calendar changes); it reads no pupil data of its own.
 */
@Component
class ReviewOverdueDates implements ReviewDeadline {

    private final ReviewRepository reviews;
    private final CalendarService calendars;

    ReviewOverdueDates(ReviewRepository reviews, CalendarService calendars) {
        this.reviews = reviews;
        this.calendars = calendars;
    }

    @Override
    public Map<Long, LocalDate> overdueFrom(Collection<PlacementBrief> placements) {
        if (placements.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<HeldReview>> held = reviews.findHeld(placements.stream().map(PlacementBrief::id).toList())
                .stream().collect(Collectors.groupingBy(HeldReview::placementId));
        Map<Long, ReviewSchedule> schedules = new HashMap<>();
        Map<Long, LocalDate> dates = new HashMap<>();
        for (PlacementBrief placement : placements) {
            try {
                LocalDate from = schedules.computeIfAbsent(placement.schoolId(),
                        school -> new ReviewSchedule(calendars.calendarOf(school)))
                        .overdueFrom(placement, held.getOrDefault(placement.id(), List.of()));
                if (from != null) {
                    dates.put(placement.id(), from);
                }
            } catch (NoCalendar e) {
                // no date: the placement's page says the calendar is missing
            }
        }
        return dates;
    }
}
