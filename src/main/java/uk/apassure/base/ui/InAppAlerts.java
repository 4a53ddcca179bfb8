package uk.apassure.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableConsumer;
import uk.apassure.security.Role;
import uk.apassure.security.SignedInUser;

/**
 * The extension point through which a feature alerts people of one role at one school in their
 * open pages, at once and without a reload (MainLayout shows the alert). Features publish; the
 * layout subscribes for the signed-in user's school and roles, so base.ui knows no feature.
 */
@org.springframework.stereotype.Component
public class InAppAlerts {

    /** Who an alert is for: everyone with this role at this school. */
    public record Audience(long schoolId, Role role) {}

    private final UiFeed<Audience, InAppAlert> feed = new UiFeed<>();

    /** Shows the alert in every open page of the audience; returns how many pages were open. */
    public int publish(long schoolId, Role role, InAppAlert alert) {
        return feed.publish(new Audience(schoolId, role), alert);
    }

    /** While {@code owner} is attached, alerts for the user's school and any of their roles reach it. */
    void subscribe(Component owner, SignedInUser user, SerializableConsumer<InAppAlert> show) {
        if (user.schoolId() == null) {
            return;
        }
        for (Role role : user.roles()) {
            feed.subscribe(owner, new Audience(user.schoolId(), role), show);
        }
    }
}
