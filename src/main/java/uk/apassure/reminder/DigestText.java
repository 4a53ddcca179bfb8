package uk.apassure.reminder;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import uk.apassure.base.time.UkDates;

/**
 * The words of a reminder e-mail: plain text (nothing a provider typed is ever read as markup),
 * overdue and review-needed things first, each with the link to the page where it is renewed.
 * Provider-level facts only: no pupil is named in an e-mail.
 */
final class DigestText {

    private static final Comparator<DueLine> ORDER = Comparator.comparing(DueLine::dueDate)
            .thenComparing(DueLine::provider).thenComparing(DueLine::what);

    private DigestText() {}

    record Digest(String subject, String body, int itemCount) {}

    /** The digest of the week that starts on {@code week} (a run caught up later in the week says so). */
    static Digest weekly(String name, List<DueLine> lines, LocalDate week, LocalDate today, String baseUrl) {
        StringBuilder body = new StringBuilder("Hello ").append(name).append(",\n\n")
                .append("What you look after that needs renewing, as of ").append(UkDates.date(today)).append(".\n");
        section(body, "Overdue", lines, DueState.OVERDUE, baseUrl);
        section(body, "Review needed", lines, DueState.REVIEW_NEEDED, baseUrl);
        section(body, "Due soon", lines, DueState.DUE_SOON, baseUrl);
        footer(body, baseUrl);
        return new Digest("AP Assure weekly reminder: " + counts(lines) + " (week of " + UkDates.date(week) + ")",
                body.toString(), lines.size());
    }

    static Digest daily(String name, String school, List<DueLine> lines, LocalDate today, String baseUrl) {
        StringBuilder body = new StringBuilder("Hello ").append(name).append(",\n\n")
                .append("Since the last daily e-mail, for ").append(school).append(":\n");
        section(body, "Now overdue", lines, DueState.OVERDUE, baseUrl);
        section(body, "Now needing review", lines, DueState.REVIEW_NEEDED, baseUrl);
        footer(body, baseUrl);
        return new Digest("AP Assure: " + counts(lines) + " at " + school + " (" + UkDates.date(today) + ")",
                body.toString(), lines.size());
    }

    private static void section(StringBuilder body, String heading, List<DueLine> lines, DueState state,
            String baseUrl) {
        List<DueLine> inState = lines.stream().filter(line -> line.state() == state).sorted(ORDER).toList();
        if (inState.isEmpty()) {
            return;
        }
        body.append('\n').append(heading).append(" (").append(inState.size()).append(")\n");
        for (DueLine line : inState) {
            body.append("- ").append(line.what()).append(" - ").append(line.provider())
                    .append(state == DueState.DUE_SOON ? " - due " : " - was due ").append(UkDates.date(line.dueDate()))
                    .append("\n  ").append(baseUrl).append(line.linkPath()).append('\n');
        }
    }

    private static void footer(StringBuilder body, String baseUrl) {
        body.append("\nEverything with a date: ").append(baseUrl).append("/renewals\n")
                .append("You get this e-mail because you are an AP lead in AP Assure.\n");
    }

    private static String counts(List<DueLine> lines) {
        StringBuilder counts = new StringBuilder();
        for (DueState state : List.of(DueState.OVERDUE, DueState.REVIEW_NEEDED, DueState.DUE_SOON)) {
            long n = lines.stream().filter(line -> line.state() == state).count();
            if (n > 0) {
                counts.append(counts.isEmpty() ? "" : ", ").append(n).append(' ').append(state.label());
            }
        }
        return counts.toString();
    }
}
