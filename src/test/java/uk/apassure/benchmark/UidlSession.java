package uk.apassure.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab talking Vaadin Flow's client-server protocol, as Flow's own client does: the
 * bootstrap request ({@code ?v-r=init}) gives the UI id, the CSRF token and the first tree; every
 * action is one UIDL request ({@code ?v-r=uidl}) carrying the last {@code syncId} seen and the next
 * {@code clientId}, whose answer changes the {@link UiTree}. Every round trip is timed into
 * {@link RoundTrips}. Cookies (the session id, renewed at sign-in) are kept by hand, so that one
 * {@link HttpClient} (one connection pool) serves every simulated user.
 */
final class UidlSession {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern SESSION_COOKIE = Pattern.compile("^(JSESSIONID=[^;]+)");

    private final HttpClient http;
    private final URI base;
    private final RoundTrips timings;
    final UiTree tree = new UiTree();
    private String cookie = "";
    private int uiId;
    private String csrfToken = "";
    private int syncId;
    private int clientId;
    /** The raw text of the last answer, for what the tree does not keep (grid rows, navigation). */
    String lastAnswer = "";
    /** The last answer as read, for its {@code execute} calls. */
    JsonNode lastJson = JSON.createObjectNode();

    UidlSession(HttpClient http, URI base, RoundTrips timings) {
        this.http = http;
        this.base = base;
        this.timings = timings;
    }

    /**
     * Opens {@code route} as a browser does: the page, then the bootstrap with the first UI tree.
     * A fresh tab in a fresh session when {@code newSession}.
     */
    void open(String route, boolean newSession) throws IOException, InterruptedException {
        if (newSession) {
            cookie = "";
        }
        HttpResponse<String> page = send(HttpRequest.newBuilder(base.resolve(route)).GET(), "page");
        requireOk(page, "GET " + route);
        String init = "?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8)
                + "&query=&v-sh=1024&v-sw=768&v-wh=1024&v-ww=768&v-bh=1024&v-bw=768&v-tzo=0&v-tzid=UTC"
                + "&v-curdate=" + System.currentTimeMillis() + "&v-pr=1&v-td=false&v-wn=v-" + Math.random();
        HttpResponse<String> bootstrap = send(HttpRequest.newBuilder(base.resolve(init)).GET(), "bootstrap");
        requireOk(bootstrap, "bootstrap of " + route);
        JsonNode config = JSON.readTree(bootstrap.body()).get("appConfig");
        uiId = config.get("v-uiId").asInt();
        JsonNode uidl = config.get("uidl");
        csrfToken = uidl.get("Vaadin-Security-Key").asString();
        take(uidl);
        event(1, "ui-navigate", navigation(route, ""), "navigate");
    }

    /** Navigation inside the UI, as a click on a router link: Flow's {@code ui-navigate} event on the UI's body. */
    JsonNode navigate(String route, String query) throws IOException, InterruptedException {
        return event(1, "ui-navigate", navigation(route, query), "navigate");
    }

    private static Map<String, Object> navigation(String route, String query) {
        return Map.of("route", route, "query", query, "appShellTitle", "",
                "historyState", Map.of("idx", 1), "trigger", "link");
    }

    JsonNode event(int node, String event, Map<String, Object> data, String kind) throws IOException, InterruptedException {
        return send(List.of(rpcEvent(node, event, data)), kind);
    }

    /** Sets a field's value as the browser does (the property, then the field's event) and sends both at once. */
    JsonNode setValue(int node, Object value, String event, Map<String, Object> eventData, String kind)
            throws IOException, InterruptedException {
        return send(List.of(rpcSync(node, "value", value), rpcEvent(node, event, eventData)), kind);
    }

    static ObjectNode rpcEvent(int node, String event, Map<String, Object> data) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "event");
        rpc.put("node", node);
        rpc.put("event", event);
        rpc.set("data", JSON.valueToTree(data));
        return rpc;
    }

    static ObjectNode rpcSync(int node, String property, Object value) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "mSync");
        rpc.put("node", node);
        rpc.put("feature", 1);
        rpc.put("property", property);
        rpc.set("value", JSON.valueToTree(value));
        return rpc;
    }

    /** A call to a method the server published ({@code @ClientCallable}), e.g. the grid's {@code confirmUpdate}. */
    static ObjectNode rpcCall(int node, String method, List<Object> arguments, int promise) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "publishedEventHandler");
        rpc.put("node", node);
        rpc.put("templateEventMethodName", method);
        rpc.set("templateEventMethodArgs", JSON.valueToTree(arguments));
        rpc.put("promise", promise);
        return rpc;
    }

    JsonNode send(List<ObjectNode> rpcs, String kind) throws IOException, InterruptedException {
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", csrfToken);
        ArrayNode list = message.putArray("rpc");
        rpcs.forEach(list::add);
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message.toString()));
        HttpResponse<String> response = send(request, kind);
        requireOk(response, kind);
        String body = response.body();
        if (body.startsWith("for(;;);")) {
            body = body.substring("for(;;);".length());
        }
        JsonNode answer = JSON.readTree(body);
        if (answer.isArray()) {
            answer = answer.get(0);
        }
        lastAnswer = body;
        lastJson = answer;
        JsonNode meta = answer.get("meta");
        if (meta != null && (meta.has("appError") || meta.has("sessionExpired"))) {
            throw new IOException(kind + ": the server answered " + meta);
        }
        take(answer);
        return answer;
    }

    private void take(JsonNode answer) {
        if (answer.has("syncId")) {
            syncId = answer.get("syncId").asInt();
        }
        if (answer.has("clientId")) {
            clientId = answer.get("clientId").asInt();
        }
        if (answer.has("changes")) {
            tree.apply(answer.get("changes"));
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String kind) throws IOException, InterruptedException {
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        request.timeout(Duration.ofSeconds(60));
        long start = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException first) {
            // a kept-alive connection the server had just closed: sent again once, as Flow's client
            // resends a message that got no answer (the same clientId, so the server runs it once)
            try {
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                timings.retried();
            } catch (IOException e) {
                timings.failed(kind);
                throw e;
            }
        }
        timings.record(kind, System.nanoTime() - start, response.statusCode() == 200);
        for (String header : response.headers().allValues("set-cookie")) {
            Matcher session = SESSION_COOKIE.matcher(header);
            if (session.find()) {
                cookie = session.group(1);
            }
        }
        return response;
    }

    private static void requireOk(HttpResponse<String> response, String what) throws IOException {
        if (response.statusCode() != 200) {
            throw new IOException(what + ": HTTP " + response.statusCode());
        }
    }

    /**
     * The arguments the server passed to a client-side function whose script contains {@code call}
     * followed by one {@code $n} parameter, e.g. the grid connector's {@code $connector.confirm($1)}.
     */
    List<Integer> calls(String call) {
        List<Integer> found = new java.util.ArrayList<>();
        JsonNode execute = lastJson.get("execute");
        if (execute == null) {
            return found;
        }
        Pattern parameter = Pattern.compile(Pattern.quote(call) + "\\(\\$(\\d+)\\)");
        for (JsonNode invocation : execute) {
            Matcher matcher = parameter.matcher(invocation.get(invocation.size() - 1).asString());
            if (matcher.find()) {
                found.add(invocation.get(Integer.parseInt(matcher.group(1))).asInt());
            }
        }
        return found;
    }

    /** Every first group of {@code pattern} in the last answer's text, e.g. the grid rows' keys. */
    List<String> found(Pattern pattern) {
        Matcher matcher = pattern.matcher(lastAnswer);
        List<String> all = new java.util.ArrayList<>();
        while (matcher.find()) {
            all.add(matcher.group(1));
        }
        return all;
    }
}
