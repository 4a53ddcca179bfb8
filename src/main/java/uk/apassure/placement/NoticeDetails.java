package uk.apassure.placement;

import java.util.ArrayList;
import java.util.List;

/**
 * What the parental notice letter says that the rest of the placement does not: why the pupil is
 * placed, who at school parents talk to, who they call about an absence, how the pupil travels,
 * and what to wear and bring, lunch included (seeds 002 §7, 003, 004). A placement can be proposed
 * before all of it is known; the letter is refused until it is.
 */
public record NoticeDetails(String reason, String schoolContact, String absenceContact, String travel, String kit) {

    public static final NoticeDetails NONE = new NoticeDetails("", "", "", "", "");

    public static final int MAX_REASON = 4000;
    public static final int MAX_CONTACT = 300;
    public static final int MAX_ARRANGEMENTS = 1000;

    public NoticeDetails {
        reason = reason.strip();
        schoolContact = schoolContact.strip();
        absenceContact = absenceContact.strip();
        travel = travel.strip();
        kit = kit.strip();
    }

    /** Texts over their limits, in words the form shows. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (reason.length() > MAX_REASON) {
            problems.add("The reasons for the placement have at most " + MAX_REASON + " characters.");
        }
        if (schoolContact.length() > MAX_CONTACT || absenceContact.length() > MAX_CONTACT) {
            problems.add("A contact for parents has at most " + MAX_CONTACT + " characters.");
        }
        if (travel.length() > MAX_ARRANGEMENTS || kit.length() > MAX_ARRANGEMENTS) {
            problems.add("Travel, and dress, equipment and lunch, have at most " + MAX_ARRANGEMENTS
                    + " characters each.");
        }
        return problems;
    }

    /** What the letter still needs from these details; lunch only when the pupil has free school meals (003). */
    List<String> gaps(boolean freeSchoolMeals) {
        List<String> gaps = new ArrayList<>();
        if (reason.isBlank()) {
            gaps.add("Write the reasons for the placement (002 §7).");
        }
        if (schoolContact.isBlank()) {
            gaps.add("Name the school's contact for parents.");
        }
        if (absenceContact.isBlank()) {
            gaps.add("Say who parents call when the pupil will be absent.");
        }
        if (travel.isBlank()) {
            gaps.add("Describe the travel arrangements (003).");
        }
        if (freeSchoolMeals && kit.isBlank()) {
            gaps.add("The pupil has free school meals: say under dress, equipment and lunch how they get them (003).");
        }
        return gaps;
    }
}
