package uk.apassure.placement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.concurrent.atomic.AtomicReference;
import uk.apassure.base.ui.Attempt;
import uk.apassure.placement.OfstedList;
import uk.apassure.placement.OfstedListService;

/** One click for SLT and the headteacher: the school's Ofsted-call list, on screen and to download. */
class OfstedListButton extends Button {

    OfstedListButton(OfstedListService service) {
        super("Ofsted-call list", VaadinIcon.CLIPBOARD_TEXT.create());
        addClassName("ofsted-list");
        addClickListener(click -> {
            AtomicReference<OfstedList> list = new AtomicReference<>();
            if (Attempt.run("", () -> list.set(service.list()))) {
                new OfstedListDialog(service, list.get()).open();
            }
        });
    }
}
