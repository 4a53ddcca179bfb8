package uk.apassure.visit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.apassure.visit.AlertState;
import uk.apassure.visit.VisitPage;

/** What the concern says about each DSL's e-mail: never more than happened. */
class AlertStatesTest {

    static final Instant AT = Instant.parse("2026-11-23T10:42:00Z");

    @Test
    void queued_says_queued_and_not_sent_and_never_alerted() {
        AlertStates states = new AlertStates(List.of(alert("A1 DSL", AlertState.QUEUED)), true);
        assertThat(lines(states)).containsExactly("A1 DSL: queued, not sent yet");
        assertThat(summary(states)).isEqualTo("The e-mail is queued, not sent yet. If a child is at risk now,"
                + " phone the DSL.").doesNotContain("alerted");
    }

    @Test
    void failed_says_why_and_when_it_is_tried_again_and_tells_the_author_to_phone() {
        VisitPage.Alert failed = new VisitPage.Alert("A1 DSL", AlertState.FAILED, "the mail server could not be reached",
                2, AT, AT.plusSeconds(120), null);
        AlertStates states = new AlertStates(List.of(failed, failed), true);
        assertThat(lines(states)).containsOnly("A1 DSL: failed: the mail server could not be reached"
                + " (2 tries, last 10:42; trying again at 10:44)");
        assertThat(summary(states)).startsWith("No DSL has been e-mailed. Phone the DSL now");
        assertThat(states.getChildren().filter(c -> c.hasClassName("phone-dsl")).count()).isEqualTo(1);
    }

    @Test
    void sent_only_when_every_dsl_was_sent_and_a_dsl_is_not_told_to_phone_themselves() {
        AlertStates mixed = new AlertStates(List.of(alert("A1 DSL", AlertState.SENT),
                new VisitPage.Alert("A1 Second DSL", AlertState.FAILED, "no e-mail address on their account", 0, null,
                        null, null)), false);
        assertThat(lines(mixed)).containsExactly("A1 DSL: sent Mon 23 Nov 2026, 10:42",
                "A1 Second DSL: failed: no e-mail address on their account (not tried)");
        assertThat(summary(mixed)).isEqualTo("Not every DSL has been e-mailed. AP Assure keeps trying where it can.");

        AlertStates sent = new AlertStates(List.of(alert("A1 DSL", AlertState.SENT)), true);
        assertThat(summary(sent)).startsWith("Every DSL of the school has been e-mailed");
    }

    @Test
    void a_school_without_a_dsl_says_nobody_was_e_mailed() {
        assertThat(summary(new AlertStates(List.of(), true))).contains("nobody was e-mailed").contains("Phone your DSL");
    }

    private static VisitPage.Alert alert(String who, AlertState state) {
        return new VisitPage.Alert(who, state, null, state == AlertState.SENT ? 1 : 0, null, null,
                state == AlertState.SENT ? AT : null);
    }

    private static List<String> lines(AlertStates states) {
        return states.getChildren().filter(c -> c instanceof Div).map(c -> c.getElement().getTextRecursively())
                .toList();
    }

    private static String summary(AlertStates states) {
        return states.getChildren().filter(c -> c instanceof Paragraph).findFirst().orElseThrow().getElement()
                .getTextRecursively();
    }
}
