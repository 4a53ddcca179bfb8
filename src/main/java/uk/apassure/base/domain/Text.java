package uk.apassure.base.domain;

import java.util.Optional;

/**
 * What typed text may hold. Markup and quotes are text like any other (output is escaped), but a
 * control character (NUL, BEL, …; tab and line breaks are text) or a bidi override, usually pasted
 * from another program or sent on purpose, is never stored: it can cut text short in other
 * programs, hide words in exports, or make a name read backwards (an override turns "gpj.exe"
 * into what looks like "exe.jpg").
 */
public final class Text {

    private Text() {}

    public static boolean isHidden(int codePoint) {
        if (codePoint == '\t' || codePoint == '\n' || codePoint == '\r') {
            return false;
        }
        return Character.getType(codePoint) == Character.CONTROL
                || codePoint >= 0x202A && codePoint <= 0x202E // bidi embeddings and overrides
                || codePoint >= 0x2066 && codePoint <= 0x2069; // bidi isolates
    }

    public static boolean holdsHidden(String text) {
        return text.codePoints().anyMatch(Text::isHidden);
    }

    /** Refuses {@code text} when it holds a hidden character; {@code field} names it for the user. */
    public static void requirePlain(String field, String text) {
        Optional.of(text).filter(Text::holdsHidden).ifPresent(t -> {
            throw new HiddenCharacter(field);
        });
    }

    /** The text holds a control character or a bidi override; nothing was saved. */
    public static class HiddenCharacter extends Refusal {
        public HiddenCharacter(String field) {
            super(field.isEmpty() ? MESSAGE : MESSAGE + " (in " + field + ")");
        }

        public static final String MESSAGE = "Nothing was saved: some text holds a hidden control character, often"
                + " pasted from another program. Delete that text and type it again";
    }
}
