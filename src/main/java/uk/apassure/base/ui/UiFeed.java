package uk.apassure.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Messages from the server to the open pages that asked for them, delivered with server push
 * ({@code @Push} on the app shell) in each page's own session: a component subscribes under a key
 * while it is attached; {@link #publish} may be called from any thread (a mail sender, an
 * after-commit listener). Nothing here reads data: a message carries only what every subscriber
 * under its key may see, so whoever subscribes must have been allowed to.
 *
 * @param <K> what subscribers listen to (a school and role, a concern id)
 * @param <M> the message
 */
public final class UiFeed<K, M> {

    private final Map<K, Set<Receiver<M>>> receivers = new ConcurrentHashMap<>();

    /** While {@code owner} is attached, messages published under {@code key} reach {@code action} in its UI. */
    public void subscribe(Component owner, K key, SerializableConsumer<M> action) {
        subscribe(owner, key, action, () -> {});
    }

    /**
     * As {@link #subscribe(Component, Object, SerializableConsumer)}, and runs {@code subscribed} in
     * the owner's UI each time the subscription is in place (now if the owner is attached, else when
     * it attaches, and again on each re-attach): a message published before that moment never
     * reaches the owner, so this is where it catches up with anything it may have missed.
     */
    public void subscribe(Component owner, K key, SerializableConsumer<M> action, Runnable subscribed) {
        Receiver<M> receiver = new Receiver<>(action);
        owner.getUI().ifPresent(ui -> add(key, receiver, ui, subscribed));
        owner.addAttachListener(event -> add(key, receiver, event.getUI(), subscribed));
        owner.addDetachListener(event -> remove(key, receiver));
    }

    /** Hands the message to every attached subscriber under {@code key}; returns how many there were. */
    public int publish(K key, M message) {
        Set<Receiver<M>> current = receivers.getOrDefault(key, Set.of());
        for (Receiver<M> receiver : current) {
            UI ui = receiver.ui;
            if (ui == null) {
                continue;
            }
            try {
                ui.access(() -> receiver.action.accept(message));
            } catch (UIDetachedException e) {
                remove(key, receiver);
            }
        }
        return current.size();
    }

    private void add(K key, Receiver<M> receiver, UI ui, Runnable subscribed) {
        receiver.ui = ui;
        receivers.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(receiver);
        subscribed.run();
    }

    private void remove(K key, Receiver<M> receiver) {
        receivers.computeIfPresent(key, (k, set) -> {
            set.remove(receiver);
            return set.isEmpty() ? null : set;
        });
    }

    private static final class Receiver<M> {
        private final SerializableConsumer<M> action;
        private volatile @Nullable UI ui;

        private Receiver(SerializableConsumer<M> action) {
            this.action = action;
        }
    }
}
