package uk.apassure.provider;

import java.util.ArrayList;
import java.util.List;

/**
 * Pupils of compulsory school age in full-time education at one provider, counted across the trust:
 * how many, and how many of them have an EHCP or are looked after (one pupil can be both). Counts
 * only, never who: every school sees these.
 */
public record FullTimePupils(long pupils, long withEhcp, long lookedAfter) {

    public static final FullTimePupils NONE = new FullTimePupils(0, 0, 0);

    /** In words: "6 pupils full-time, 1 with an EHCP, 1 looked after". */
    public String reasons() {
        List<String> parts = new ArrayList<>();
        parts.add(pupils + (pupils == 1 ? " pupil" : " pupils") + " full-time");
        if (withEhcp > 0) {
            parts.add(withEhcp + " with an EHCP");
        }
        if (lookedAfter > 0) {
            parts.add(lookedAfter + " looked after");
        }
        return String.join(", ", parts);
    }
}
