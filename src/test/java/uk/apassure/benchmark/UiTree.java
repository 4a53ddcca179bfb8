package uk.apassure.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * The client's copy of a Vaadin UI's element tree, kept from the {@code changes} of each UIDL
 * response as Flow's own client keeps it: enough (tag, properties, attributes, class names, text,
 * children) to find the field or button a person would use, by what they see.
 */
final class UiTree {

    // Flow's node features, as numbered in the UIDL changes
    private static final int TAG = 0;
    private static final int PROPERTIES = 1;
    private static final int CHILDREN = 2;
    private static final int ATTRIBUTES = 3;
    private static final int TEXT = 7;
    private static final int CLASSES = 11;

    static final class Node {
        final int id;
        String tag = "";
        final Map<String, Object> properties = new HashMap<>();
        final Map<String, Object> attributes = new HashMap<>();
        final Set<String> classes = new LinkedHashSet<>();
        final List<Integer> children = new ArrayList<>();
        String text = "";

        Node(int id) {
            this.id = id;
        }

        @Override
        public String toString() {
            return tag + "#" + id + properties.getOrDefault("label", "");
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();

    void apply(JsonNode changes) {
        for (JsonNode change : changes) {
            int id = change.get("node").asInt();
            String type = change.get("type").asString();
            if (type.equals("detach")) {
                nodes.remove(id);
                continue;
            }
            Node node = nodes.computeIfAbsent(id, Node::new);
            int feature = change.has("feat") ? change.get("feat").asInt() : -1;
            switch (type) {
                case "put" -> put(node, feature, change.get("key").asString(), change.get("value"));
                case "remove" -> {
                    node.properties.remove(change.get("key").asString());
                    node.attributes.remove(change.get("key").asString());
                }
                case "clear" -> {
                    if (feature == CHILDREN) {
                        node.children.clear();
                    } else if (feature == CLASSES) {
                        node.classes.clear();
                    }
                }
                case "splice" -> splice(node, feature, change);
                default -> { }
            }
        }
    }

    private static void put(Node node, int feature, String key, JsonNode value) {
        Object plain = value == null ? null : value.isString() ? value.asString()
                : value.isBoolean() ? (Object) value.asBoolean() : value.toString();
        switch (feature) {
            case TAG -> node.tag = String.valueOf(plain);
            case PROPERTIES -> node.properties.put(key, plain);
            case ATTRIBUTES -> node.attributes.put(key, plain);
            case TEXT -> node.text = String.valueOf(plain);
            default -> { }
        }
    }

    private static void splice(Node node, int feature, JsonNode change) {
        int index = change.get("index").asInt();
        int remove = change.has("remove") ? change.get("remove").asInt() : 0;
        if (feature == CHILDREN) {
            for (int i = 0; i < remove && index < node.children.size(); i++) {
                node.children.remove(index);
            }
            if (change.has("addNodes")) {
                List<Integer> added = new ArrayList<>();
                change.get("addNodes").forEach(id -> added.add(id.asInt()));
                node.children.addAll(Math.min(index, node.children.size()), added);
            }
        } else if (feature == CLASSES && change.has("add")) {
            change.get("add").forEach(name -> node.classes.add(name.asString()));
        }
    }

    Optional<Node> find(Predicate<Node> wanted) {
        return nodes.values().stream().filter(wanted).min((a, b) -> Integer.compare(b.id, a.id));
    }

    List<Node> all(Predicate<Node> wanted) {
        return nodes.values().stream().filter(wanted).sorted((a, b) -> Integer.compare(a.id, b.id)).toList();
    }

    Node get(int id) {
        return nodes.get(id);
    }

    /** The text a person reads in the node: its own and its descendants' text nodes. */
    String text(Node node) {
        StringBuilder text = new StringBuilder(node.text);
        for (int child : node.children) {
            Node c = nodes.get(child);
            if (c != null) {
                text.append(text(c));
            }
        }
        return text.toString();
    }

    static Predicate<Node> tag(String tag) {
        return node -> node.tag.equals(tag);
    }

    static Predicate<Node> field(String tag, String label) {
        return node -> node.tag.equals(tag) && label.equals(node.properties.get("label"));
    }

    Predicate<Node> button(String caption) {
        return node -> node.tag.equals("vaadin-button") && text(node).strip().equals(caption);
    }
}
