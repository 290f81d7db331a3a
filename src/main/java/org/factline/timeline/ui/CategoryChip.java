package org.factline.timeline.ui;

import com.vaadin.flow.component.html.Span;
import org.factline.timeline.CategoryDetail;

/** A category's name on its colour, as the list, the event page and the legend show it. */
final class CategoryChip extends Span {

    CategoryChip(CategoryDetail category) {
        super(category.name());
        addClassName("tl-category");
        getStyle().set("--tl-color", category.color());
    }
}
