package uk.apassure.placement;

/** Why a pupil was suspended: the reason categories schools report to the DfE. */
public enum SuspensionReason {
    PHYSICAL_ASSAULT_PUPIL("Physical assault against a pupil"),
    PHYSICAL_ASSAULT_ADULT("Physical assault against an adult"),
    VERBAL_ABUSE_PUPIL("Verbal abuse or threatening behaviour against a pupil"),
    VERBAL_ABUSE_ADULT("Verbal abuse or threatening behaviour against an adult"),
    WEAPON("Use or threat of use of an offensive weapon or prohibited item"),
    BULLYING("Bullying"),
    RACIST_ABUSE("Racist abuse"),
    SEXUAL_ORIENTATION_GENDER_ABUSE("Abuse against sexual orientation or gender identity"),
    DISABILITY_ABUSE("Abuse relating to disability"),
    ONLINE("Inappropriate use of social media or online technology"),
    DAMAGE("Damage"),
    THEFT("Theft"),
    PERSISTENT_DISRUPTION("Persistent or general disruptive behaviour"),
    SEXUAL_MISCONDUCT("Sexual misconduct"),
    DRUGS_ALCOHOL("Drug and alcohol related"),
    OTHER("Other");

    private final String label;

    SuspensionReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
