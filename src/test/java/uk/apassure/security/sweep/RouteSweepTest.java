package uk.apassure.security.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.apassure.security.sweep.Subjects.ADMIN;
import static uk.apassure.security.sweep.Subjects.GOVERNOR;
import static uk.apassure.security.sweep.Subjects.OTHER_SCHOOL;
import static uk.apassure.security.sweep.Subjects.OTHER_TRUST;
import static uk.apassure.security.sweep.Subjects.VISITOR;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.VirtualChildrenList;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import uk.apassure.RouteClasses;
import uk.apassure.ViewTest;
import uk.apassure.base.time.InTermClock;
import uk.apassure.base.ui.NotFoundView;

/**
 * Issue 13: every route that takes the id of a record, opened with the id of school A1's record by
 * users of another school, of another trust and of A1's roles that may not see it, shows the
 * not-found page and none of the record's text. A new route with a parameter fails here until
 * {@link #ID_ROUTES} says which record's id to open it with and who must not see it.
 */
@Import(InTermClock.class)
class RouteSweepTest extends ViewTest {

    /** One route to open: its address for A1's record, who must be refused, and the texts they must not see. */
    record Opened(Function<SweepRecords, String> address, Set<String> refused, Function<SweepRecords, List<String>> secrets) {}

    /** By route template: the register is the trust's, audits are read across the trust, the rest is the school's. */
    static final Map<String, Opened> ID_ROUTES = Map.of(
            "providers", new Opened(r -> "providers/" + r.provider, Subjects.of(OTHER_TRUST),
                    r -> List.of(r.providerName, "Sweep Contact")),
            "audits", new Opened(r -> "audits/" + r.audit, Subjects.of(OTHER_TRUST, GOVERNOR),
                    r -> List.of(r.providerName)),
            "visits", new Opened(r -> "visits/" + r.visit, Subjects.of(OTHER_TRUST, OTHER_SCHOOL, GOVERNOR, ADMIN),
                    r -> List.of(r.visitNotes, r.concernText, r.actionText)),
            "placements", new Opened(r -> "placements/" + r.placement,
                    Subjects.of(OTHER_TRUST, OTHER_SCHOOL, GOVERNOR, ADMIN),
                    r -> List.of(r.pupilFirstName, r.pupilLastName, r.upn)),
            "placements/:placementId([0-9]{1,18})/reviews/:reviewId([0-9]{1,18})", new Opened(
                    r -> "placements/" + r.placement + "/reviews/" + r.review,
                    Subjects.of(OTHER_TRUST, OTHER_SCHOOL, GOVERNOR, ADMIN, VISITOR),
                    r -> List.of(r.pupilFirstName, r.pupilLastName, r.upn, r.reviewText)));

    /** Routes that take a record's id in their query: the page opens, but shows nothing of the record. */
    static final Map<String, Opened> QUERY_ROUTES = Map.of(
            "visits/new", new Opened(r -> "visits/new?provider=" + r.provider + "&site=" + r.site,
                    Subjects.of(OTHER_TRUST), r -> List.of(r.providerName)),
            "placements/new", new Opened(r -> "placements/new?suspended=" + r.pupil,
                    Subjects.of(OTHER_TRUST, OTHER_SCHOOL, GOVERNOR, ADMIN),
                    r -> List.of(r.pupilFirstName, r.pupilLastName, r.upn)));

    @Autowired
    SweepRecords records;

    @Test
    void every_route_with_an_id_shows_the_not_found_page_and_nothing_of_the_record() {
        records.ensure();
        Map<String, String> problems = new TreeMap<>();
        List<String> opened = new ArrayList<>();
        for (String template : templatesWithAParameter()) {
            Opened route = ID_ROUTES.get(template);
            if (route == null) {
                problems.put(template, "a route with a parameter the sweep does not know: add it to ID_ROUTES");
                continue;
            }
            String address = route.address().apply(records);
            for (String subject : route.refused()) {
                signInAs(subject);
                open(address);
                if (!(getCurrentView() instanceof NotFoundView)) {
                    problems.put(address + " as " + subject, "opened " + getCurrentView().getClass().getSimpleName());
                }
                secretsShown(route.secrets().apply(records))
                        .forEach(secret -> problems.put(address + " as " + subject + " (" + secret + ")", "shown"));
                opened.add(address + " as " + subject);
            }
        }
        QUERY_ROUTES.forEach((template, route) -> {
            String address = route.address().apply(records);
            for (String subject : route.refused()) {
                signInAs(subject);
                open(address);
                secretsShown(route.secrets().apply(records))
                        .forEach(secret -> problems.put(address + " as " + subject + " (" + secret + ")", "shown"));
                opened.add(address + " as " + subject);
            }
        });
        System.out.println("[sweep] routes opened:\n  " + String.join("\n  ", opened));
        assertThat(problems).as("routes that showed another school's, trust's or role's record").isEmpty();
        assertThat(opened).hasSizeGreaterThan(20);
    }

    @Test
    void the_same_routes_show_the_records_to_their_own_school_so_the_sweep_can_fail() {
        records.ensure();
        signInAs("a1.slt");
        open(ID_ROUTES.get("placements").address().apply(records));
        assertThat(getCurrentView()).isNotInstanceOf(NotFoundView.class);
        assertThat(secretsShown(List.of(records.pupilLastName))).as(pageText()).containsExactly(records.pupilLastName);

        open(ID_ROUTES.get("placements/:placementId([0-9]{1,18})/reviews/:reviewId([0-9]{1,18})")
                .address().apply(records));
        assertThat(secretsShown(List.of(records.reviewText))).containsExactly(records.reviewText);

        signInAs("a1.aplead");
        open(ID_ROUTES.get("visits").address().apply(records));
        assertThat(secretsShown(List.of(records.visitNotes))).containsExactly(records.visitNotes);
        open(QUERY_ROUTES.get("visits/new").address().apply(records));
        assertThat(secretsShown(List.of(records.providerName))).containsExactly(records.providerName);
    }

    /** The secrets found anywhere on the page: text, properties and attributes of every element, and the title. */
    private List<String> secretsShown(List<String> secrets) {
        String page = pageText();
        return secrets.stream().filter(page::contains).toList();
    }

    private static String pageText() {
        StringBuilder page = new StringBuilder(UI.getCurrent().getInternals().getTitle()).append('\n');
        collect(UI.getCurrent().getElement(), page);
        return page.toString();
    }

    /** Opens an address, with its query if it has one. */
    private static void open(String address) {
        int query = address.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(address);
        } else {
            UI.getCurrent().navigate(address.substring(0, query), QueryParameters.fromString(address.substring(query + 1)));
        }
    }

    private static void collect(Element element, StringBuilder page) {
        page.append(element.isTextNode() ? element.getText() : "").append('\n');
        element.getPropertyNames().forEach(name -> page.append(element.getProperty(name, "")).append('\n'));
        element.getAttributeNames().forEach(name -> page.append(element.getAttribute(name)).append('\n'));
        element.getChildren().forEach(child -> collect(child, page));
        // the route's content, dialogs and notifications hang below the UI as virtual children
        if (element.getNode().hasFeature(VirtualChildrenList.class)) {
            element.getNode().getFeature(VirtualChildrenList.class).iterator()
                    .forEachRemaining(node -> collect(Element.get(node), page));
        }
    }

    /** Every route template of the application that takes a parameter in its path. */
    static List<String> templatesWithAParameter() {
        List<String> templates = new ArrayList<>();
        for (Class<?> view : RouteClasses.all()) {
            String template = view.getAnnotation(Route.class).value();
            if (HasUrlParameter.class.isAssignableFrom(view) || template.contains(":")) {
                templates.add(template);
            }
        }
        assertThat(templates).contains("placements", "providers");
        return templates;
    }
}
