package uk.apassure.compare.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.apassure.compare.Measure;
import uk.apassure.compare.Measures;

/** A provider next to up to three others, measure by measure (a table: measures down, providers across). */
class SideBySide extends Div {

    static final int MOST = 4;

    final MultiSelectComboBox<Measures> providers = new MultiSelectComboBox<>("Providers side by side (up to 4)");
    private final Element table = new Element("table");
    private List<Measures> chosen = List.of();

    SideBySide() {
        addClassName("compare-side-by-side");
        providers.setItemLabelGenerator(Measures::providerName);
        providers.setWidthFull();
        providers.addValueChangeListener(event -> {
            if (event.getValue().size() > MOST) {
                providers.setValue(event.getOldValue());
                Notification.show("Compare up to " + MOST + " providers at a time");
                return;
            }
            chosen = event.getValue().stream().sorted(Comparator.comparing(Measures::providerName)).toList();
            render();
        });
        table.setAttribute("class", "compare-side-table");
        add(new H2("Side by side"), providers);
        getElement().appendChild(table);
    }

    void show(List<Measures> rows) {
        Set<Long> kept = new LinkedHashSet<>();
        chosen.forEach(m -> kept.add(m.providerId()));
        providers.setItems(rows);
        providers.setValue(new LinkedHashSet<>(rows.stream().filter(m -> kept.contains(m.providerId())).toList()));
    }

    /** Puts this provider in the comparison (the first chosen is kept when four are already there). */
    void include(Measures provider) {
        Set<Measures> value = new LinkedHashSet<>(providers.getValue());
        value.removeIf(m -> java.util.Objects.equals(m.providerId(), provider.providerId()));
        List<Measures> list = new ArrayList<>(value);
        while (list.size() >= MOST) {
            list.removeLast();
        }
        list.addFirst(provider);
        providers.setValue(new LinkedHashSet<>(list));
    }

    private void render() {
        table.removeAllChildren();
        if (chosen.isEmpty()) {
            return;
        }
        Element head = new Element("tr");
        head.appendChild(cell("th", "Measure", "col"));
        chosen.forEach(m -> head.appendChild(cell("th", m.providerName(), "col")));
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (Measure measure : Measure.values()) {
            Element tr = new Element("tr");
            tr.appendChild(cell("th", measure.heading(), "row"));
            chosen.forEach(m -> tr.appendChild(cell("td", measure.text(m), null)));
            body.appendChild(tr);
        }
        table.appendChild(body);
    }

    private static Element cell(String tag, String text, @org.jspecify.annotations.Nullable String scope) {
        Element cell = new Element(tag);
        cell.setText(text);
        if (scope != null) {
            cell.setAttribute("scope", scope);
        }
        return cell;
    }
}
