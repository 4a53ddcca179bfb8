package uk.apassure.security;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The one form of a typed username that both the account lookup and the sign-in throttle use:
 * NFKC (so full-width and compatibility forms fold to plain letters), surrounding white space
 * stripped, lower-cased. A name holding control, format (zero-width, bidi) or other invisible
 * characters has no normal form: no account can match it.
 */
public final class Usernames {

    private Usernames() {}

    /** The normal form, or empty when the text is blank or holds a control or invisible character. */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String folded = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        if (folded.isEmpty() || folded.length() > 100 || folded.codePoints().anyMatch(Usernames::invisible)) {
            return Optional.empty();
        }
        return Optional.of(folded);
    }

    private static boolean invisible(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.UNASSIGNED, Character.PRIVATE_USE,
                 Character.SURROGATE, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
            default -> Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                    || codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0x3164 || codePoint == 0xFFA0;
        };
    }
}
