package uk.apassure.placement;

/** 001 §7.11: what the commissioning agreement (SLA) with each provider must cover. */
public enum AgreementItem {
    START_DATE("The start date"),
    DAYS_AND_TIMES("The days and times the pupil attends"),
    AIMS_AND_OUTCOMES("Aims and planned outcomes"),
    CURRICULUM("Curriculum, qualifications, personal development and careers guidance"),
    INDUCTION("The induction process"),
    PASTORAL_ATTENDANCE_SAFEGUARDING("Pastoral care, attendance and safeguarding, including safer recruitment"),
    FREE_SCHOOL_MEALS("Free school meals if the pupil is eligible"),
    EXAMINATIONS("External examinations and assessments, where appropriate"),
    COMMUNICATION("How the provider communicates with the school and with parents and carers"),
    COST("The cost of the provision"),
    REVIEW_ARRANGEMENTS("How, how often and with whom the placement is reviewed");

    private final String label;

    AgreementItem(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
