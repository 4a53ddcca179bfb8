package uk.apassure.placement;

/** A field of the placement form: where a refusal's message is shown (PlacementService.InvalidPlacement). */
public enum PlacementField {
    FIRST_NAME,
    LAST_NAME,
    UPN,
    DATE_OF_BIRTH,
    YEAR_GROUP,
    SOCIAL_WORKER,
    TYPE,
    STARTS_ON,
    ENDS_ON,
    AIMS,
    PLANNED_OUTCOMES,
    COST_PER_SESSION,
    LA_INFORMED_ON,
    TIMETABLE,
    /** What the parental notice letter says besides the terms (NoticeDetails). */
    NOTICE,
    REASON
}
