package uk.apassure.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The browser copy of a draft (scripts/visit-draft.js) for the view that edits it: what is typed is
 * also kept in the browser's storage, with the server version it was typed over, and sent back
 * (the view's {@code @ClientCallable restore}) when the page opens again or the connection returns.
 * When the server has saved since elsewhere (another device or tab) and differs, the user chooses
 * ({@link NewerSaveDialog}); saves made by this page itself do not count. Visit and review drafts.
 */
public final class BrowserDraftCopy {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Component view;
    private final String what;
    /** Versions of the draft this page saved itself. */
    private final Set<Long> savedHere = new HashSet<>();

    /** @param what the kind of draft as the user calls it: "visit", "review" */
    public BrowserDraftCopy(Component view, String what) {
        this.view = view;
        this.what = what;
    }

    /** On attaching an editable draft: keeps the copy under {@code key}, over the server's {@code version}. */
    public void watch(AttachEvent event, String key, long version) {
        event.getUI().getPage().addJavaScript("context://scripts/visit-draft.js");
        view.getElement().executeJs("const root = this, key = $0, version = $1;"
                + "(function go() { window.apVisitDraft ? window.apVisitDraft.watch(root, key, version)"
                + " : setTimeout(go, 50); })();", key, version);
    }

    /** This page saved the draft as {@code version}: the copy drops the values the server now holds. */
    public void saved(String key, Map<String, String> values, long version) {
        savedHere.add(version);
        view.getElement().executeJs("window.apVisitDraft && window.apVisitDraft.saved($0, $1, $2)", key,
                JSON.writeValueAsString(values), version);
    }

    /**
     * The copy the script sent, typed over {@code base} (null for a copy from before versions were
     * kept). Answers the values the server holds after it, as the script expects them.
     *
     * @param version and {@code server}: the draft as this page holds it now
     * @param apply puts values into the form and saves them; answers the values the server then holds
     */
    public String restore(String key, String json, @Nullable String base, long version, Map<String, String> server,
            UnaryOperator<Map<String, String>> apply) {
        Map<String, String> values = JSON.readValue(json, new TypeReference<Map<String, String>>() {});
        if (savedElsewhereSince(base, version, server, values)) {
            NewerSaveDialog.ask(what, () -> apply.apply(values), () -> view.getElement().executeJs(
                    "window.apVisitDraft && window.apVisitDraft.discard($0)", key));
            return "{}";
        }
        return JSON.writeValueAsString(apply.apply(values));
    }

    private boolean savedElsewhereSince(@Nullable String base, long version, Map<String, String> server,
            Map<String, String> values) {
        if (base == null || base.equals(String.valueOf(version)) || savedHere.contains(version)) {
            return false;
        }
        return values.entrySet().stream().anyMatch(value -> !value.getValue().equals(server.get(value.getKey())));
    }
}
