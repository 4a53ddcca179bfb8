package uk.apassure.placement;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What the placement form says about the pupil. Year group 0 is Reception, 1 to 14 are years 1 to 14. */
public record PupilDetails(
        String firstName,
        String lastName,
        String upn,
        LocalDate dateOfBirth,
        int yearGroup,
        SenStatus sen,
        boolean lookedAfter,
        @Nullable String socialWorker,
        boolean freeSchoolMeals) {

    public String name() {
        return firstName + " " + lastName;
    }

    public static String yearGroupLabel(int yearGroup) {
        return yearGroup == 0 ? "Reception" : "Year " + yearGroup;
    }
}
