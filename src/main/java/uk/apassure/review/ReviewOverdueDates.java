package uk.apassure.review;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.apassure.calendar.CalendarService;
import uk.apassure.calendar.NoCalendar;
import uk.apassure.placement.PlacementBrief;
import uk.apassure.placement.ReviewDeadline;

/**
 * The review schedule's answer to placements: from which day a placement is overdue for a review,
 * from its signed reviews on its school's calendar. Called by placements inside their own checked
 * service calls (and on review and calendar changes); it reads no pupil data of its own.
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
    public @Nullable LocalDate overdueFrom(PlacementBrief placement) {
        try {
            return new ReviewSchedule(calendars.calendarOf(placement.schoolId())).overdueFrom(placement,
                    reviews.findHeld(java.util.List.of(placement.id())));
        } catch (NoCalendar e) {
            return null;
        }
    }
}
