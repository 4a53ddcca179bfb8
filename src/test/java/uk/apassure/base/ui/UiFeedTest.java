package uk.apassure.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.apassure.ViewTest;
import uk.apassure.dashboard.ui.DashboardView;

/**
 * A page subscribes while its component is attached, and catches up once subscribed: a message
 * published after the page read its data but before its component attached must not be lost
 * (the concern alert states of a visit, issue 8).
 */
class UiFeedTest extends ViewTest {

    final UiFeed<Long, String> feed = new UiFeed<>();
    final List<String> caughtUp = new ArrayList<>();
    final Div owner = new Div();

    @BeforeEach
    void openAPage() {
        signInAs("a1.dsl");
        navigate(DashboardView.class);
    }

    @Test
    void a_component_subscribed_before_it_attaches_hears_only_later_messages_and_catches_up_when_it_attaches() {
        List<String> heard = new ArrayList<>();

        feed.subscribe(owner, 7L, heard::add, () -> caughtUp.add("subscribed"));
        assertThat(feed.publish(7L, "before attach")).as("nobody listens before the owner attaches").isZero();
        assertThat(caughtUp).isEmpty();

        UI.getCurrent().add(owner);
        assertThat(caughtUp).as("the catch-up runs once the subscription is in place").containsExactly("subscribed");
        assertThat(feed.publish(8L, "another key")).isZero();
        assertThat(feed.publish(7L, "after attach")).isEqualTo(1);
        var session = UI.getCurrent().getSession();
        session.getService().runPendingAccessTasks(session);
        assertThat(heard).containsExactly("after attach");

        UI.getCurrent().remove(owner);
        assertThat(feed.publish(7L, "after detach")).isZero();
        UI.getCurrent().add(owner);
        assertThat(caughtUp).as("and again on each re-attach").hasSize(2);
    }

    @Test
    void a_component_already_attached_is_subscribed_and_caught_up_at_once() {
        UI.getCurrent().add(owner);

        feed.subscribe(owner, 7L, message -> {}, () -> caughtUp.add("subscribed"));
        assertThat(caughtUp).containsExactly("subscribed");
        assertThat(feed.publish(7L, "now")).isEqualTo(1);
    }
}
