package uk.apassure.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.ViewTest;
import uk.apassure.dashboard.ui.DashboardView;
import uk.apassure.security.Role;

/** An alert published for a school and role reaches the open pages of exactly those people. */
class InAppAlertsTest extends ViewTest {

    @Autowired
    InAppAlerts alerts;

    @Test
    void a_dsl_gets_an_alert_for_their_school_and_role_and_nothing_for_another_school_or_role() {
        signInAs("a1.dsl");
        navigate(DashboardView.class);

        alerts.publish(world.schoolA2, Role.DSL, new InAppAlert("For A2", "Not for A1", "visits/1"));
        alerts.publish(world.schoolA1, Role.SLT, new InAppAlert("For SLT", "Not for the DSL", "visits/1"));
        roundTrip();
        assertThat($(Notification.class).all()).noneMatch(n -> n.hasClassName("in-app-alert"));

        alerts.publish(world.schoolA1, Role.DSL, new InAppAlert("Safeguarding concern raised",
                "On a visit to <b>Orchard</b>", "visits/42"));
        roundTrip();
        Notification shown = $(Notification.class).all().stream().filter(n -> n.hasClassName("in-app-alert"))
                .findFirst().orElseThrow();
        String text = shown.getElement().getTextRecursively();
        assertThat(text).contains("Safeguarding concern raised").contains("On a visit to <b>Orchard</b>");
        assertThat(shown.isOpened()).isTrue();
        assertThat(shown.getDuration()).isZero();
    }

    @Test
    void a_user_without_a_school_subscribes_to_nothing() {
        signInAs("a.trustlead");
        navigate(DashboardView.class);
        assertThat(alerts.publish(world.schoolA1, Role.TRUST_LEAD, new InAppAlert("x", "y", "visits/1"))).isZero();
    }
}
