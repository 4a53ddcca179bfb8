package uk.apassure.audit.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import uk.apassure.base.domain.Rag;

/** A RAG rating as a coloured label that also reads as text (colour is never the only signal). */
final class RagBadge extends Span {

    RagBadge(Rag rag) {
        this(rag, rag.label());
    }

    RagBadge(Rag rag, String text) {
        super(text);
        addClassNames(style(rag).split(" "));
    }

    /** The badge's classes: {@code rag-badge rag-amber}. */
    static String style(Rag rag) {
        return "rag-badge rag-" + rag.name().toLowerCase(Locale.ROOT);
    }
}
