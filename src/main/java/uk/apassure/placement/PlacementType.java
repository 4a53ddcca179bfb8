package uk.apassure.placement;

/** Why a pupil is placed off-site (DESIGN.md, "Placement"). */
public enum PlacementType {
    OFF_SITE_DIRECTION("Off-site direction"),
    SUSPENSION_PROVISION("Provision for a suspension"),
    MEDICAL_SEMH("Medical / SEMH"),
    VOCATIONAL("Curriculum / vocational"),
    PART_TIME_TIMETABLE("Part-time timetable");

    private final String label;

    PlacementType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
