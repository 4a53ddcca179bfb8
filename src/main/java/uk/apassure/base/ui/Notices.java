package uk.apassure.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Calm, consistent messages after an action. */
public final class Notices {

    private Notices() {}

    public static void saved(String message) {
        Notification notification = Notification.show(message, 3000, Notification.Position.BOTTOM_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** A problem the user must read: stays until closed. */
    public static void problem(String message) {
        Notification notification = new Notification(message, 0, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.addClassName("problem-notice");
        notification.getElement().addEventListener("click", event -> notification.close());
        notification.open();
        notification.setDuration(10000);
    }
}
