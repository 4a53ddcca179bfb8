package uk.apassure.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.BeforeLeaveEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * The one leave guard of the product: nothing typed is lost without a question. A page or dialog
 * marks the area whose input must not be lost; while that input is not stored yet, leaving asks
 * "Leave without saving?" first:
 * <ul>
 * <li>navigation inside the app (side menu, links, Back): the navigation waits for the answer;</li>
 * <li>closing or reloading the tab: the browser's own "Leave site?" question ({@code beforeunload});</li>
 * <li>closing a dialog ({@link EditDialog}: Cancel, Esc) and signing out ({@link #leave}).</li>
 * </ul>
 * An area is unsaved while the browser holds typed text the server has not received yet, or while
 * the owner's own test says so (a failed autosave, a half-filled sub-form, values that differ from
 * those read). Typical uses:
 * <pre>
 * UnsavedChanges.watch(form, () -&gt; !lastSaveSucceeded);      // an autosaved form
 * UnsavedChanges.watch(subForm, () -&gt; !description.isEmpty()); // a sub-form not yet added
 * UnsavedChanges guard = UnsavedChanges.watchChanges(form);     // a form with a Save button:
 * saveButton.addClickListener(click -&gt; guard.save(() -&gt; ...)); // clean once saved
 * </pre>
 * Every {@link EditDialog} already does the last. See docs/architecture.md.
 * The fields inside the area when it is first attached are watched; input in fields added later
 * counts once the owner's test sees it.
 */
public final class UnsavedChanges {

    private static final String LEAVE_TITLE = "Leave without saving?";

    /** Typed text in a text field or area (not a tick or a choice: those reach the server at once). */
    private static final String TYPED = "(event.target.localName === 'textarea' || (event.target.localName === 'input'"
            + " && !['checkbox', 'radio'].includes(event.target.type)))";

    /** The browser's own question on closing or reloading the tab, once per page. */
    private static final String BEFORE_UNLOAD = "if (!window.apUnsavedChanges) {"
            + " window.apUnsavedChanges = { leaving: false };"
            + " window.addEventListener('beforeunload', function (event) {"
            + "   if (window.apUnsavedChanges.leaving) { return; }"
            + "   var areas = document.querySelectorAll('[data-unsaved-guard]');"
            + "   for (var i = 0; i < areas.length; i++) {"
            + "     if (areas[i].__apUnsaved) { event.preventDefault(); event.returnValue = ''; return ''; }"
            + "   }"
            + " });"
            + "}";

    private final Component area;
    private final BooleanSupplier ownerSaysUnsaved;
    private final Set<HasValue<?, ?>> watched = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean typedNotReceived;
    private boolean discarded;
    private boolean saving;

    private UnsavedChanges(Component area, BooleanSupplier ownerSaysUnsaved) {
        this.area = area;
        this.ownerSaysUnsaved = ownerSaysUnsaved;
        area.getElement().setAttribute("data-unsaved-guard", "");
        // the first keystroke after the area was clean tells the server, so a navigation knows
        area.getElement().addEventListener("input", event -> {
            typedNotReceived = true;
            discarded = false;
        }).setFilter(TYPED + " && !element.__apUnsaved && (element.__apUnsaved = true)");
        area.addAttachListener(event -> attached(event.getUI()));
        area.addDetachListener(event -> Guards.of(event.getUI()).areas.remove(this));
        area.getUI().ifPresent(this::attached);
    }

    /** Watches what is typed in {@code area}; unsaved until the server has received it. */
    public static UnsavedChanges watch(Component area) {
        return watch(area, () -> false);
    }

    /**
     * Watches {@code area}; it is also unsaved while {@code ownerSaysUnsaved} is true (a failed
     * autosave, a sub-form with something in it, values that differ from those read).
     */
    public static UnsavedChanges watch(Component area, BooleanSupplier ownerSaysUnsaved) {
        return new UnsavedChanges(area, ownerSaysUnsaved);
    }

    /**
     * Watches {@code area}; it is unsaved while any of its fields holds another value than when
     * the area was first shown (a dialog: what the form read).
     */
    public static UnsavedChanges watchChanges(Component area) {
        Map<HasValue<?, ?>, Object> shown = new IdentityHashMap<>();
        Runnable remember = () -> {
            if (shown.isEmpty()) {
                fields(area).forEach(field -> shown.put(field, valueOf(field)));
            }
        };
        area.addAttachListener(event -> remember.run());
        if (area.isAttached()) {
            remember.run();
        }
        return watch(area, () -> shown.entrySet().stream()
                .anyMatch(entry -> !Objects.equals(valueOf(entry.getKey()), entry.getValue())));
    }

    private static Object valueOf(HasValue<?, ?> field) {
        return Objects.requireNonNullElse(field.getValue(), "");
    }

    /** True while leaving would lose something typed in the area. */
    public boolean unsaved() {
        return !saving && !discarded && (typedNotReceived || ownerSaysUnsaved.getAsBoolean());
    }

    /**
     * Runs a save of the area's input; while it runs (it may navigate, e.g. to the record it
     * created) and after it succeeded, nothing here counts as unsaved until the next input.
     */
    public boolean save(BooleanSupplier save) {
        saving = true;
        try {
            boolean saved = save.getAsBoolean();
            if (saved) {
                discard();
            }
            return saved;
        } finally {
            saving = false;
        }
    }

    /** Tells the browser again whether the area is unsaved, after the owner's test changed without new input. */
    public void refresh() {
        area.getElement().executeJs("this.__apUnsaved = $0", unsaved());
    }

    /**
     * Runs {@code leave} at once when nothing on the current page is unsaved; otherwise asks
     * "Leave without saving?" and runs it only when the user agrees.
     */
    public static void leave(Runnable leave) {
        UI ui = UI.getCurrent();
        Guards guards = ComponentUtil.getData(ui, Guards.class);
        if (guards == null || !guards.anyUnsaved()) {
            leaveForGood(ui, guards, leave);
            return;
        }
        guards.ask(LEAVE_TITLE, "leave", () -> leaveForGood(ui, guards, leave), () -> {});
    }

    /** Closes with Cancel or Esc: asks first when something typed in the dialog would be lost. */
    static void close(UnsavedChanges dialogArea, Runnable close) {
        if (!dialogArea.unsaved()) {
            close.run();
            return;
        }
        UI ui = UI.getCurrent();
        Guards.of(ui).ask("Close without saving?", "close", () -> {
            dialogArea.discard();
            close.run();
        }, () -> {});
    }

    private static void leaveForGood(UI ui, Guards guards, Runnable leave) {
        if (guards != null) {
            guards.areas.forEach(UnsavedChanges::discard);
        }
        ui.getPage().executeJs("window.apUnsavedChanges && (window.apUnsavedChanges.leaving = true)");
        leave.run();
    }

    private void discard() {
        discarded = true;
        refresh();
    }

    private void attached(UI ui) {
        Guards.of(ui).areas.add(this);
        fields(area).filter(watched::add).forEach(field -> field.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                // the server has what was typed: from now on the owner's test decides
                typedNotReceived = false;
                discarded = false;
                refresh();
            }
        }));
        refresh();
    }

    private static Stream<HasValue<?, ?>> fields(Component component) {
        Stream<HasValue<?, ?>> self = component instanceof HasValue<?, ?> field ? Stream.of(field) : Stream.empty();
        return Stream.concat(self, component.getChildren().flatMap(UnsavedChanges::fields));
    }

    /** The watched areas of one browser tab, and the one question asked before leaving it. */
    private static final class Guards {

        private final List<UnsavedChanges> areas = new ArrayList<>();
        private boolean asking;

        static Guards of(UI ui) {
            Guards guards = ComponentUtil.getData(ui, Guards.class);
            if (guards == null) {
                guards = new Guards();
                ComponentUtil.setData(ui, Guards.class, guards);
                ui.addBeforeLeaveListener(guards::beforeLeave);
                ui.getPage().executeJs(BEFORE_UNLOAD);
            }
            return guards;
        }

        boolean anyUnsaved() {
            return areas.stream().anyMatch(UnsavedChanges::unsaved);
        }

        void beforeLeave(BeforeLeaveEvent event) {
            if (!anyUnsaved()) {
                return;
            }
            BeforeLeaveEvent.ContinueNavigationAction navigation = event.postpone();
            if (asking) {
                navigation.cancel();
                return;
            }
            // The answer cancels the waiting navigation either way (so the same link works again next
            // time); leaving then navigates afresh: proceed() changed the view but not the address here.
            UI ui = event.getUI();
            String target = event.getLocation().getPathWithQueryParameters();
            ask(LEAVE_TITLE, "leave", () -> {
                List.copyOf(areas).forEach(UnsavedChanges::discard);
                navigation.cancel();
                ui.navigate(target);
            }, navigation::cancel);
        }

        /** One question at a time: "Stay" runs {@code stay} and keeps everything; "… without saving" runs {@code leave}. */
        void ask(String title, String verb, Runnable leave, Runnable stay) {
            if (asking) {
                return;
            }
            asking = true;
            boolean[] answered = {false};
            // Stay is the safe answer: the primary, focused button, and what Enter or Esc choose
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setHeader(title);
            dialog.setText("What you typed here has not been saved yet. If you " + verb + " now, it is lost.");
            dialog.addClassName("leave-guard");
            dialog.setConfirmText("Stay");
            dialog.addConfirmListener(stayed -> {
                answered[0] = true;
                stay.run();
            });
            dialog.setRejectable(true);
            dialog.setRejectText(Character.toUpperCase(verb.charAt(0)) + verb.substring(1) + " without saving");
            dialog.setRejectButtonTheme("error tertiary");
            dialog.addRejectListener(left -> {
                answered[0] = true;
                leave.run();
            });
            // closed any other way (Esc): as Stay
            dialog.addOpenedChangeListener(event -> {
                if (!event.isOpened()) {
                    asking = false;
                    if (!answered[0]) {
                        answered[0] = true;
                        stay.run();
                    }
                }
            });
            dialog.open();
        }
    }
}
