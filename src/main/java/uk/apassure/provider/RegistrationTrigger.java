package uk.apassure.provider;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * 001 §7.2: a setting that gives full-time education to five or more pupils of compulsory school
 * age, or to one pupil with an EHCP or looked after, has to be registered as an independent school.
 * The pupils are counted across every school of the trust, from placement timetables: a pupil is
 * full-time at a provider when their week there (that provider's own sessions, not the whole week)
 * is 18 hours or more. Pupils in Year 12 or above are past compulsory school age and do not count.
 * Active placements decide the flag; active and proposed together say it <em>would</em> trigger, so
 * a proposal can be stopped before it starts.
 */
public final class RegistrationTrigger {

    public static final Duration FULL_TIME = Duration.ofHours(18);
    public static final int PUPILS = 5;
    /** The last year group of compulsory school age (Year 11). */
    public static final int LAST_YEAR_GROUP = 11;

    /**
     * A registered school is one of these types and recorded as registered. An unregistered or
     * online provider is never one, whatever its registration field says: that is the kind of
     * setting the rule is about, and a person checks it.
     */
    private static final Set<ProviderType> SCHOOL_TYPES = EnumSet.of(ProviderType.REGISTERED_INDEPENDENT_SCHOOL,
            ProviderType.PRU_OR_AP_ACADEMY, ProviderType.FE_COLLEGE, ProviderType.MAINSTREAM_SCHOOL);

    private RegistrationTrigger() {}

    public static boolean fullTime(Duration week) {
        return week.compareTo(FULL_TIME) >= 0;
    }

    public static boolean registeredSchool(ProviderType type, Registration registration) {
        return SCHOOL_TYPES.contains(type) && registration == Registration.REGISTERED;
    }

    /** Whether these full-time pupils alone would oblige a setting to register. */
    public static boolean reached(FullTimePupils pupils) {
        return pupils.pupils() >= PUPILS || pupils.withEhcp() > 0 || pupils.lookedAfter() > 0;
    }

    public static State judge(ProviderType type, Registration registration, FullTimePupils active,
            FullTimePupils activeAndProposed) {
        if (registeredSchool(type, registration)) {
            return State.NONE;
        }
        if (reached(active)) {
            return State.TRIGGERED;
        }
        return reached(activeAndProposed) ? State.WOULD_TRIGGER : State.NONE;
    }

    public enum State {
        NONE("No registration trigger"),
        WOULD_TRIGGER("Would trigger registration"),
        TRIGGERED("Registration trigger");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
