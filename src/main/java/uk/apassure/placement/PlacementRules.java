package uk.apassure.placement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.apassure.base.time.DateBounds;
import uk.apassure.base.time.UkDates;

/**
 * The form rules for a pupil and a placement's terms, each in words next to the field it concerns;
 * checked by the service on every save. A field the form left empty arrives as null and is named
 * here too, so the server says what is missing.
 */
@Component
class PlacementRules {

    static final int MAX_NAME = 100;
    static final int MAX_SOCIAL_WORKER = 200;
    static final BigDecimal MAX_COST = new BigDecimal("100000");

    List<Problem> pupilProblems(PupilDetails pupil, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        name(problems, PlacementField.FIRST_NAME, "first", pupil.firstName());
        name(problems, PlacementField.LAST_NAME, "last", pupil.lastName());
        if (pupil.upn() == null || pupil.upn().isBlank()) {
            problems.add(new Problem(PlacementField.UPN, "Enter the pupil's UPN."));
        } else {
            Upn.problem(pupil.upn()).ifPresent(p -> problems.add(new Problem(PlacementField.UPN, p)));
        }
        if (pupil.dateOfBirth() == null) {
            problems.add(new Problem(PlacementField.DATE_OF_BIRTH, "Enter the date of birth."));
        } else {
            int age = Period.between(pupil.dateOfBirth(), today).getYears();
            if (pupil.dateOfBirth().isAfter(today) || age < 4 || age > 25) {
                problems.add(new Problem(PlacementField.DATE_OF_BIRTH, "Check the date of birth: "
                        + UkDates.date(pupil.dateOfBirth()) + " makes the pupil " + age + "."));
            }
        }
        if (pupil.yearGroup() < 0 || pupil.yearGroup() > 14) {
            problems.add(new Problem(PlacementField.YEAR_GROUP, "Choose a year group from Reception to Year 14."));
        }
        if (pupil.socialWorker() != null && pupil.socialWorker().length() > MAX_SOCIAL_WORKER) {
            problems.add(new Problem(PlacementField.SOCIAL_WORKER, "The social worker's details have at most "
                    + MAX_SOCIAL_WORKER + " characters."));
        }
        return problems;
    }

    List<Problem> termsProblems(PlacementTerms terms, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (terms.type() == null) {
            problems.add(new Problem(PlacementField.TYPE, "Choose the type of placement."));
        }
        if (terms.startsOn() == null) {
            problems.add(new Problem(PlacementField.STARTS_ON, "Enter the start date."));
        } else if (!DateBounds.sensible(terms.startsOn(), today)) {
            problems.add(new Problem(PlacementField.STARTS_ON, "Check the start date: "
                    + UkDates.date(terms.startsOn()) + "."));
        }
        if (terms.type() == PlacementType.OFF_SITE_DIRECTION && terms.endsOn() == null) {
            // 001 §6.2: directions are time limited; 003: the notice gives the number of days
            problems.add(new Problem(PlacementField.ENDS_ON, "An off-site direction is time-limited: enter its end date."));
        }
        if (terms.endsOn() != null && !DateBounds.sensible(terms.endsOn(), today)) {
            problems.add(new Problem(PlacementField.ENDS_ON, "Check the end date: " + UkDates.date(terms.endsOn())
                    + "."));
        } else if (terms.endsOn() != null && terms.startsOn() != null && terms.endsOn().isBefore(terms.startsOn())) {
            problems.add(new Problem(PlacementField.ENDS_ON, "The placement ends before it starts."));
        }
        if (terms.laInformedOn() != null && terms.laInformedOn().isAfter(today)) {
            problems.add(new Problem(PlacementField.LA_INFORMED_ON,
                    "The local authority cannot have been told on a future date."));
        } else if (terms.laInformedOn() != null && !DateBounds.sensible(terms.laInformedOn(), today)) {
            problems.add(new Problem(PlacementField.LA_INFORMED_ON, "Check the date the local authority was told: "
                    + UkDates.date(terms.laInformedOn()) + "."));
        }
        text(problems, PlacementField.AIMS, "the aims", terms.aims());
        text(problems, PlacementField.PLANNED_OUTCOMES, "the planned outcomes", terms.plannedOutcomes());
        BigDecimal cost = terms.costPerSession();
        if (cost != null && (cost.signum() < 0 || cost.compareTo(MAX_COST) >= 0
                || cost.stripTrailingZeros().scale() > 2)) {
            problems.add(new Problem(PlacementField.COST_PER_SESSION,
                    "A cost per session from £0 to £99,999.99, in pounds and pence."));
        }
        terms.timetable().problems().forEach(p -> problems.add(new Problem(PlacementField.TIMETABLE, p)));
        terms.notice().problems().forEach(p -> problems.add(new Problem(PlacementField.NOTICE, p)));
        return problems;
    }

    private static void name(List<Problem> problems, PlacementField field, String which, String name) {
        if (name == null || name.isBlank()) {
            problems.add(new Problem(field, "Enter the pupil's " + which + " name."));
        } else if (name.strip().length() > MAX_NAME) {
            problems.add(new Problem(field, "A " + which + " name has at most " + MAX_NAME + " characters."));
        }
    }

    /** 001 §7.11: the agreement states the aims and planned outcomes. */
    private static void text(List<Problem> problems, PlacementField field, String what, String text) {
        if (text == null || text.isBlank()) {
            problems.add(new Problem(field, "Write " + what + " (001 §7.11)."));
        } else if (text.strip().length() > PlacementTerms.MAX_TEXT) {
            problems.add(new Problem(field, "At most " + PlacementTerms.MAX_TEXT + " characters (" + text.strip()
                    .length() + " now)."));
        }
    }
}
