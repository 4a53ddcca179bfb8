package uk.apassure.placement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.apassure.base.time.DateBounds;
import uk.apassure.base.time.UkDates;

/** The form rules for a pupil and a placement's terms, in words the form shows; checked again by the service. */
@Component
class PlacementRules {

    static final int MAX_NAME = 100;

    List<String> pupilProblems(PupilDetails pupil, LocalDate today) {
        List<String> problems = new ArrayList<>();
        if (pupil.firstName().isBlank() || pupil.lastName().isBlank()) {
            problems.add("Enter the pupil's first and last name.");
        }
        if (pupil.firstName().length() > MAX_NAME || pupil.lastName().length() > MAX_NAME) {
            problems.add("A name has at most " + MAX_NAME + " characters.");
        }
        Upn.problem(pupil.upn()).ifPresent(problems::add);
        int age = Period.between(pupil.dateOfBirth(), today).getYears();
        if (pupil.dateOfBirth().isAfter(today) || age < 4 || age > 25) {
            problems.add("Check the date of birth: " + UkDates.date(pupil.dateOfBirth()) + " makes the pupil " + age
                    + ".");
        }
        if (pupil.yearGroup() < 0 || pupil.yearGroup() > 14) {
            problems.add("Choose a year group from Reception to Year 14.");
        }
        if (pupil.socialWorker() != null && pupil.socialWorker().length() > 200) {
            problems.add("The social worker's details have at most 200 characters.");
        }
        return problems;
    }

    List<String> termsProblems(PlacementTerms terms, LocalDate today) {
        List<String> problems = new ArrayList<>(terms.timetable().problems());
        if (!DateBounds.sensible(terms.startsOn(), today)) {
            problems.add("Check the start date: " + UkDates.date(terms.startsOn()) + ".");
        }
        if (terms.type() == PlacementType.OFF_SITE_DIRECTION && terms.endsOn() == null) {
            // 001 §6.2: directions are time limited; 003: the notice gives the number of days
            problems.add("An off-site direction is time-limited: enter its end date.");
        }
        if (terms.endsOn() != null && terms.endsOn().isBefore(terms.startsOn())) {
            problems.add("The placement ends before it starts.");
        }
        if (terms.endsOn() != null && !DateBounds.sensible(terms.endsOn(), today)) {
            problems.add("Check the end date: " + UkDates.date(terms.endsOn()) + ".");
        }
        if (terms.laInformedOn() != null && terms.laInformedOn().isAfter(today)) {
            problems.add("The local authority cannot have been told on a future date.");
        }
        if (terms.aims().isBlank() || terms.plannedOutcomes().isBlank()) {
            problems.add("Write the aims and the planned outcomes (001 §7.11).");
        }
        if (terms.aims().length() > PlacementTerms.MAX_TEXT || terms.plannedOutcomes().length() > PlacementTerms.MAX_TEXT) {
            problems.add("Aims and planned outcomes have at most " + PlacementTerms.MAX_TEXT + " characters each.");
        }
        if (terms.costPerSession() != null && (terms.costPerSession().signum() < 0
                || terms.costPerSession().compareTo(new BigDecimal("100000")) >= 0)) {
            problems.add("A cost per session from £0 to £99,999.99.");
        }
        problems.addAll(terms.notice().problems());
        return problems;
    }
}
