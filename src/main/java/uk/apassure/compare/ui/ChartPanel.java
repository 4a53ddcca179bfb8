package uk.apassure.compare.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.dom.Element;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A chart drawn in the browser by Apache ECharts (served as a static script from its WebJar: no Node
 * build), with the same numbers in a plain table behind it, read by screen readers and printed in
 * the chart's place. The chart's options go over as JSON data, never as script, so a provider's
 * name cannot run.
 */
class ChartPanel extends Div {

    static final String SCRIPT = "webjars/echarts/5.3.1/dist/echarts.min.js";
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final Div chart = new Div();
    private final Element table = new Element("table");
    private ObjectNode option = JSON.createObjectNode();

    ChartPanel(String title, String className) {
        addClassNames("chart-panel", className);
        chart.addClassName("echart");
        // the picture repeats the table for sighted users; assistive technology reads the table
        chart.getElement().setAttribute("aria-hidden", "true");
        table.setAttribute("class", "chart-table");
        Element caption = new Element("caption");
        caption.setText(title);
        table.appendChild(caption);
        add(new H3(title), chart);
        getElement().appendChild(table);
    }

    /** Draws {@code option} (an ECharts option object) and fills the table with {@code head} and {@code rows}. */
    void show(ObjectNode option, List<String> head, List<List<String>> rows) {
        this.option = option;
        table.removeAllChildren();
        Element caption = new Element("caption");
        caption.setText(((H3) getChildren().findFirst().orElseThrow()).getText());
        table.appendChild(caption);
        Element headRow = new Element("tr");
        head.forEach(h -> {
            Element th = new Element("th");
            th.setAttribute("scope", "col");
            th.setText(h);
            headRow.appendChild(th);
        });
        table.appendChild(new Element("thead").appendChild(headRow));
        Element body = new Element("tbody");
        for (List<String> row : rows) {
            Element tr = new Element("tr");
            for (int i = 0; i < row.size(); i++) {
                Element cell = new Element(i == 0 ? "th" : "td");
                if (i == 0) {
                    cell.setAttribute("scope", "row");
                }
                cell.setText(row.get(i));
                tr.appendChild(cell);
            }
            body.appendChild(tr);
        }
        table.appendChild(body);
        draw();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().getPage().addJavaScript(SCRIPT);
        draw();
    }

    private void draw() {
        chart.getElement().executeJs("""
                const el = this, option = JSON.parse($0);
                const draw = () => {
                  if (!window.echarts) { setTimeout(draw, 100); return; }
                  const chart = echarts.getInstanceByDom(el) || echarts.init(el, null, {renderer: 'svg'});
                  chart.setOption(option, true);
                  if (!el.__resizeObserved) {
                    el.__resizeObserved = true;
                    new ResizeObserver(() => chart.resize()).observe(el);
                  }
                };
                draw();""", JSON.writeValueAsString(option));
    }
}
