package uk.apassure.renewal;

/** A dated thing, by its kind and its id in the kind's own table: what the renew dialog sends back. */
public record RenewalRef(RenewalKind kind, long subjectId) {

    String key() {
        return kind.name() + ":" + subjectId;
    }
}
