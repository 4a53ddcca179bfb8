package uk.apassure.security.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.dom.Element;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.ViewTest;
import uk.apassure.provider.ProviderFixtures;
import uk.apassure.provider.ProviderService;
import uk.apassure.provider.ui.ProviderListView;
import uk.apassure.provider.ui.ProviderView;
import uk.apassure.security.SubjectRunner;

/** Markup stored as text is shown as text: the literal on the page, never an element made from it. */
class StoredMarkupTest extends ViewTest {

    @Autowired ProviderService providers;
    @Autowired SubjectRunner subjects;

    private static Stream<Element> tree(Element root) {
        // text nodes have no tag: only elements could have been made from markup
        return Stream.concat(Stream.of(root), root.getChildren().filter(e -> !e.isTextNode())
                .flatMap(StoredMarkupTest::tree));
    }

    @Test
    void a_provider_named_with_a_script_shows_the_script_as_text() {
        String name = Hostile.SCRIPT + " " + UUID.randomUUID().toString().substring(0, 6);
        var offer = ProviderFixtures.farm(name);
        offer.setOffer("<img src=x onerror=alert(1)> welding");
        long id = subjects.callAs("a1.aplead", () -> providers.create(offer, ProviderFixtures.site("Alpha",
                "AB1 2CD")));
        assertThat(subjects.callAs("a1.aplead", () -> providers.get(id)).details().getName()).isEqualTo(name);

        signInAs("a1.aplead");
        navigate(ProviderView.class, id);
        assertThat($(H2.class).single().getText()).isEqualTo(name);
        Element page = getCurrentView().getElement();
        assertThat(page.getTextRecursively()).contains(name, "<img src=x onerror=alert(1)> welding");
        assertThat(tree(page)).extracting(Element::getTag).doesNotContain("script", "img");
        assertThat(tree(page)).noneMatch(e -> e.hasProperty("innerHTML"));

        navigate(ProviderListView.class);
        assertThat(tree(getCurrentView().getElement())).extracting(Element::getTag).doesNotContain("script");
    }
}
