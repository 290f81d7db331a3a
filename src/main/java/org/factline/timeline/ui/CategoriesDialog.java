package org.factline.timeline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;
import org.factline.base.ConcurrentEditException;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.base.ui.Notifications;
import org.factline.timeline.CategoryDetail;
import org.factline.timeline.TimelineCategories;

/** Admins rename, recolour, add and remove timeline categories. */
final class CategoriesDialog extends Dialog {

    private final TimelineCategories categories;
    private final SerializableRunnable changed;
    private final Div rows = new Div();

    CategoriesDialog(TimelineCategories categories, SerializableRunnable changed) {
        this.categories = categories;
        this.changed = changed;
        setHeaderTitle("Timeline categories");
        rows.addClassName("category-rows");
        add(rows);
        var name = new TextField();
        name.setPlaceholder("New category");
        name.setAriaLabel("New category name");
        var color = colorInput("#64748b");
        var add = new Button("Add", VaadinIcon.PLUS.create(), e -> {
            try {
                categories.create(name.getValue(), color.getValue());
                name.clear();
                refresh();
            } catch (ValidationException ex) {
                name.setErrorMessage(ex.getMessage());
                name.setInvalid(true);
            }
        });
        var adder = new Div(name, color, add);
        adder.addClassName("category-row");
        add(adder);
        getFooter().add(new Button("Done", e -> close()));
        setWidth("min(34rem, 96vw)");
        refresh();
    }

    private static Input colorInput(String value) {
        var input = new Input();
        input.setType("color");
        input.setValue(value);
        input.getElement().setAttribute("aria-label", "Colour");
        return input;
    }

    private void refresh() {
        rows.removeAll();
        for (CategoryDetail c : categories.all()) {
            var name = new TextField();
            name.setValue(c.name());
            name.setAriaLabel("Name of " + c.name());
            var color = colorInput(c.color());
            var save = new Button("Save", e -> {
                try {
                    categories.update(c.id(), c.version(), name.getValue(), color.getValue());
                    Notifications.success("Category saved.");
                    refresh();
                } catch (ValidationException | ItemNotFoundException | ConcurrentEditException ex) {
                    name.setErrorMessage(ex.getMessage());
                    name.setInvalid(true);
                }
            });
            var delete = new Button(VaadinIcon.TRASH.create(), e -> {
                try {
                    categories.delete(c.id());
                    refresh();
                } catch (ValidationException | ItemNotFoundException ex) {
                    Notifications.error(ex.getMessage());
                }
            });
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            delete.setAriaLabel("Delete " + c.name());
            var row = new Div(name, color, save, delete);
            row.addClassName("category-row");
            rows.add(row);
        }
        changed.run();
    }
}
