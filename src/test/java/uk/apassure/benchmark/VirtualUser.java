package uk.apassure.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ObjectNode;
import uk.apassure.benchmark.UiTree.Node;

/**
 * One member of staff: signs in through the login form, then does the journey of issue 14 again
 * and again with a think time between steps: the dashboard, the provider register, a filter by
 * name, a provider's page, a new visit to it (draft started, then autosaved field by field:
 * type, visitors, the five judgements, notes) and its submission.
 */
final class VirtualUser implements Runnable {

    /** The think time between two steps, the same for every user and changeable during a run. */
    static final class Pace {
        volatile long minMillis;
        volatile long maxMillis;

        Pace(long minMillis, long maxMillis) {
            set(minMillis, maxMillis);
        }

        void set(long min, long max) {
            this.minMillis = min;
            this.maxMillis = max;
        }

        long next() {
            return minMillis >= maxMillis ? minMillis : ThreadLocalRandom.current().nextLong(minMillis, maxMillis + 1);
        }
    }

    private static final Pattern ROW_KEY = Pattern.compile("\"key\":\"(\\d+)\"");
    private static final Pattern PROVIDER_PAGE = Pattern.compile("providers/(\\d+)");
    /** Words in the demo providers' names (demo.DemoProviders). */
    private static final String[] FILTERS = {"Farm", "Academy", "Centre", "College", "Tuition", "Learning", "r"};
    private static final Map<String, Object> CLICK = Map.of("event.shiftKey", false, "event.metaKey", false,
            "event.detail", 1, "event.ctrlKey", false, "event.altKey", false, "event.button", 0);

    private final UidlSession tab;
    private final RoundTrips timings;
    private final Pace pace;
    private final String username;
    private final String password;
    private volatile boolean running = true;
    private volatile boolean signedIn;

    VirtualUser(HttpClient http, URI base, RoundTrips timings, Pace pace, String username, String password) {
        this.tab = new UidlSession(http, base, timings);
        this.timings = timings;
        this.pace = pace;
        this.username = username;
        this.password = password;
    }

    void stop() {
        running = false;
    }

    boolean signedIn() {
        return signedIn;
    }

    @Override
    public void run() {
        try {
            signIn();
            while (running) {
                try {
                    journey();
                } catch (IllegalStateException e) {
                    // the page did not show what a person expects: start again from the dashboard
                    timings.journeyError();
                    LoadBenchmark.reportError(username + ": " + e.getMessage());
                    think();
                } catch (IOException e) {
                    // an HTTP failure or a lost session: a new tab, signed in again
                    timings.journeyError();
                    LoadBenchmark.reportError(username + ": " + e.getMessage());
                    think();
                    signIn();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            timings.journeyError();
            LoadBenchmark.reportError(username + " could not sign in: " + e.getMessage());
        }
    }

    /** Signs in through the login form; asked to wait ("busy"), tries again a moment later, as a person would. */
    void signIn() throws IOException, InterruptedException {
        for (int attempt = 0; attempt < 20 && running; attempt++) {
            tab.open("login", true);
            int form = tab.tree.find(UiTree.tag("vaadin-login-form"))
                    .orElseThrow(() -> new IOException("no login form")).id;
            tab.send(List.of(UidlSession.rpcSync(form, "disabled", true), UidlSession.rpcEvent(form, "login",
                    Map.of("event.detail.username", username, "event.detail.password", password))), "signin");
            if (tab.tree.find(UiTree.tag("vaadin-login-form")).isEmpty()) {
                signedIn = true;
                return;
            }
            if (!tab.lastAnswer.contains("Busy, please try again")) {
                throw new IOException("sign-in refused for " + username);
            }
            timings.busyAnswer();
            Thread.sleep(1000 + ThreadLocalRandom.current().nextInt(2000));
        }
        throw new IOException("still busy after 20 attempts");
    }

    private void journey() throws IOException, InterruptedException {
        tab.navigate("", "");
        think();
        tab.navigate("providers", "");
        confirmGrid();
        think();
        filter();
        think();
        long providerId = openProvider();
        think();
        tab.navigate("visits/new", "provider=" + providerId);
        if (tab.lastAnswer.contains("cannot be chosen for a visit")) {
            // archived or "do not use": nobody records a visit there; the journey starts again
            think();
            return;
        }
        think();
        click("Start visit", "visit-start");
        require(tab.tree.find(UiTree.field("vaadin-text-area", "Notes")).isPresent(), "no visit form after Start visit");
        think();
        Node type = field("vaadin-select", "Type of visit");
        tab.setValue(type.id, "2", "value-changed", Map.of(), "autosave");
        think();
        Node visitors = field("vaadin-text-field", "Visitors");
        tab.setValue(visitors.id, "A. Visitor and B. Colleague", "input", Map.of("1", 1), "autosave");
        think();
        for (Node group : tab.tree.all(node -> node.tag.equals("vaadin-radio-group") && node.classes.contains("judgement"))) {
            List<ObjectNode> rpcs = new ArrayList<>();
            group.children.stream().map(tab.tree::get)
                    .filter(child -> child != null && child.tag.equals("vaadin-radio-button")).findFirst()
                    .ifPresent(first -> {
                        rpcs.add(UidlSession.rpcSync(first.id, "checked", true));
                        rpcs.add(UidlSession.rpcEvent(first.id, "checked-changed", Map.of()));
                    });
            rpcs.add(UidlSession.rpcSync(group.id, "value", "1"));
            rpcs.add(UidlSession.rpcEvent(group.id, "value-changed", Map.of()));
            tab.send(rpcs, "autosave");
            Thread.sleep(pace.next() / 4);
        }
        Node notes = field("vaadin-text-area", "Notes");
        tab.setValue(notes.id, "Seen the workshop and the register; nothing of concern.", "input", Map.of("1", 1), "autosave");
        think();
        click("Submit visit", "submit");
        require(tab.lastAnswer.contains("Visit submitted"), "the visit was not submitted: "
                + abbreviate(tab.lastAnswer));
        think();
    }

    private void filter() throws IOException, InterruptedException {
        Node name = tab.tree.find(node -> node.tag.equals("vaadin-text-field")
                        && "Search by name".equals(node.properties.get("placeholder")))
                .orElseThrow(() -> new IllegalStateException("no name filter on /providers"));
        String term = FILTERS[ThreadLocalRandom.current().nextInt(FILTERS.length)];
        tab.setValue(name.id, term, "input", Map.of("1", 1, "for", "trailing"), "filter");
        confirmGrid();
    }

    /** The grid's rows came: the browser confirms the update, as Flow's grid connector does. */
    private void confirmGrid() throws IOException, InterruptedException {
        List<Integer> updates = tab.calls("$connector.confirm");
        if (updates.isEmpty()) {
            throw new IllegalStateException("no rows for the grid: " + abbreviate(tab.lastAnswer));
        }
        int update = updates.getLast();
        Node grid = tab.tree.find(UiTree.tag("vaadin-grid"))
                .orElseThrow(() -> new IllegalStateException("no grid on /providers"));
        rowKeys = tab.found(ROW_KEY);
        tab.send(List.of(UidlSession.rpcCall(grid.id, "confirmUpdate", List.of(update), 0)), "grid");
    }

    private List<String> rowKeys = List.of();

    private long openProvider() throws IOException, InterruptedException {
        Node grid = tab.tree.find(UiTree.tag("vaadin-grid"))
                .orElseThrow(() -> new IllegalStateException("no grid on /providers"));
        if (rowKeys.isEmpty()) {
            throw new IllegalStateException("the filtered register showed no rows");
        }
        String key = rowKeys.get(ThreadLocalRandom.current().nextInt(rowKeys.size()));
        tab.event(grid.id, "item-click", Map.of("event.detail.itemKey", key, "event.detail.internalColumnId", "col0",
                "event.detail.button", 0, "event.detail.detail", 1), "open");
        List<String> ids = tab.found(PROVIDER_PAGE);
        if (ids.isEmpty()) {
            throw new IllegalStateException("a click on a row did not open a provider: " + abbreviate(tab.lastAnswer));
        }
        return Long.parseLong(ids.getFirst());
    }

    private Node field(String tag, String label) {
        return tab.tree.find(UiTree.field(tag, label))
                .orElseThrow(() -> new IllegalStateException("no field " + label));
    }

    private void click(String caption, String kind) throws IOException, InterruptedException {
        Node button = tab.tree.find(tab.tree.button(caption))
                .orElseThrow(() -> new IllegalStateException("no button " + caption));
        tab.event(button.id, "click", CLICK, kind);
    }

    private void think() throws InterruptedException {
        Thread.sleep(pace.next());
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalStateException(problem);
        }
    }

    /** The start of an answer, or the part around a message the app shows ("Not submitted yet: …"). */
    private static String abbreviate(String text) {
        int notice = text.indexOf("Not ");
        int from = notice < 0 ? 0 : Math.max(0, notice - 20);
        return text.length() - from > 300 ? text.substring(from, from + 300) + "…" : text.substring(from);
    }
}
