package uk.apassure.compare;

/** What one row of measures stands for. */
public enum Grouping {
    /** One provider, over the schools in scope (trust leads, school leaders). */
    PROVIDER,
    /** One school, over one provider or all of them (the drill-down; RAG counts per school). */
    SCHOOL,
    /** One school and one type of provider: what governors and the trust board see. */
    SCHOOL_AND_TYPE
}
