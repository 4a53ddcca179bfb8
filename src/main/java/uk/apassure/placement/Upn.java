package uk.apassure.placement;

import java.util.Locale;
import java.util.Optional;

/**
 * The DfE unique pupil number: 13 characters, a check letter then 12 digits (a temporary UPN ends
 * in a letter). The check letter is the sum of characters 2 to 13 each times its position, modulo
 * 23, read in the alphabet without I, O and S.
 */
public final class Upn {

    static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private Upn() {}

    /** Upper case without spaces: how a UPN is stored and compared. */
    public static String normalise(String typed) {
        return typed.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    /** Why a typed UPN is not valid, in words for the form; empty when it is. */
    public static Optional<String> problem(String typed) {
        String upn = normalise(typed);
        if (upn.length() != 13) {
            return Optional.of("A UPN has 13 characters: a letter and 12 more (you typed " + upn.length() + ").");
        }
        if (!upn.substring(1, 12).chars().allMatch(Character::isDigit)) {
            return Optional.of("Characters 2 to 12 of a UPN are digits.");
        }
        char last = upn.charAt(12);
        if (!Character.isDigit(last) && LETTERS.indexOf(last) < 0) {
            return Optional.of("A UPN ends in a digit, or a letter other than I, O or S for a temporary UPN.");
        }
        char expected = checkLetter(upn.substring(1));
        if (upn.charAt(0) != expected) {
            return Optional.of("The check letter does not match: with these 12 characters it would be " + expected
                    + ". Check the UPN against the school's records.");
        }
        return Optional.empty();
    }

    /** A full UPN from its last 12 characters (for generated data). */
    public static String withCheckLetter(String last12) {
        return checkLetter(last12) + last12;
    }

    /** The check letter for the 12 characters after it. */
    static char checkLetter(String last12) {
        int sum = 0;
        for (int i = 0; i < last12.length(); i++) {
            char c = last12.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : LETTERS.indexOf(c);
            sum += value * (i + 2);
        }
        return LETTERS.charAt(sum % 23);
    }
}
