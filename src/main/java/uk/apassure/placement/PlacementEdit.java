package uk.apassure.placement;

/**
 * A placement as its edit form opens: the pupil and the terms, with the versions read, so that a
 * save over someone else's change is refused instead of overwriting it.
 */
public record PlacementEdit(long id, long version, long pupilVersion, PlacementStatus status, PupilDetails pupil,
        PlacementTerms terms) {

    /** An active placement's dates and week change only with a reason, kept with the change. */
    public boolean reasonForDatesAndWeek() {
        return status == PlacementStatus.ACTIVE;
    }
}
