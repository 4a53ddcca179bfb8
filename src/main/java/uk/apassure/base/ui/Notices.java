package uk.apassure.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * Calm, consistent messages after an action. A message never covers the field being edited: it
 * opens at the top (a problem) or the bottom (saved), narrow, and moves to the other edge when it
 * would lie over the focused field (a phone's keyboard pushes that field to either edge).
 */
public final class Notices {

    /** Runs in the browser once the message is shown; {@code this} is the vaadin-notification. */
    private static final String AWAY_FROM_FOCUS = """
            const notice = this;
            let frames = 0;
            const place = () => {
              const card = notice._card;
              // measure where the card comes to rest, after its opening animation
              if (!card || !card.isConnected || card.hasAttribute('opening')
                  || card.getBoundingClientRect().height === 0) {
                if (++frames < 120) {
                  requestAnimationFrame(place);
                }
                return;
              }
              let focused = document.activeElement;
              while (focused && focused.shadowRoot && focused.shadowRoot.activeElement) {
                focused = focused.shadowRoot.activeElement;
              }
              if (!focused || focused === document.body) {
                return;
              }
              const host = focused.parentElement && focused.parentElement.tagName.startsWith('VAADIN-')
                  ? focused.parentElement : focused;
              const field = host.getBoundingClientRect();
              const shown = card.getBoundingClientRect();
              const covers = field.left < shown.right && shown.left < field.right
                  && field.top < shown.bottom && shown.top < field.bottom;
              if (covers) {
                notice.position = notice.position.startsWith('top') ? 'bottom-center' : 'top-center';
              }
            };
            requestAnimationFrame(place);
            """;

    private Notices() {}

    public static void saved(String message) {
        Notification notification = new Notification(message, 3000, Notification.Position.BOTTOM_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        notification.addClassName("saved-notice");
        show(notification);
    }

    /** A problem the user must read: stays ten seconds, or until clicked. */
    public static void problem(String message) {
        Notification notification = new Notification(message, 10000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.addClassName("problem-notice");
        notification.getElement().addEventListener("click", event -> notification.close());
        show(notification);
    }

    private static void show(Notification notification) {
        notification.open();
        notification.getElement().executeJs(AWAY_FROM_FOCUS);
    }
}
