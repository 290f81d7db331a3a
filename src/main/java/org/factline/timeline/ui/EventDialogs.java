package org.factline.timeline.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.factline.article.ArticleFilter;
import org.factline.article.ArticleService;
import org.factline.base.ConcurrentEditException;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.base.ui.FieldErrors;
import org.factline.base.ui.Notifications;
import org.factline.base.ui.SubmitOnce;
import org.factline.claim.ClaimFilter;
import org.factline.claim.ClaimService;
import org.factline.timeline.CategoryDetail;
import org.factline.timeline.DatePrecision;
import org.factline.timeline.EventDetail;
import org.factline.timeline.EventForm;
import org.factline.timeline.Side;
import org.factline.timeline.TimelineCategories;
import org.factline.timeline.TimelineService;
import org.factline.timeline.domain.TimelineEvent;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;

/** Opens the event form, for a new event or to edit one. */
final class EventDialogs {

    private final TimelineService timeline;
    private final TimelineCategories timelineCategories;
    private final ClaimService claims;
    private final ArticleService articles;

    EventDialogs(
            TimelineService timeline,
            TimelineCategories timelineCategories,
            ClaimService claims,
            ArticleService articles) {
        this.timeline = timeline;
        this.timelineCategories = timelineCategories;
        this.claims = claims;
        this.articles = articles;
    }

    EventDialog create(SerializableConsumer<EventDetail> saved) {
        var dialog = new EventDialog(null, null, saved);
        dialog.open();
        return dialog;
    }

    /** A new event with the form filled in from a suggestion. */
    EventDialog createFrom(EventForm prefill, SerializableConsumer<EventDetail> saved) {
        var dialog = new EventDialog(null, prefill, saved);
        dialog.open();
        return dialog;
    }

    EventDialog edit(EventDetail event, SerializableConsumer<EventDetail> saved) {
        var dialog = new EventDialog(event, null, saved);
        dialog.open();
        return dialog;
    }

    /** A claim or article as the pickers show it. */
    record Pick(long id, String label) {}

    final class EventDialog extends Dialog {

        final TextField title = new TextField("Title");
        final DatePicker start = new DatePicker("Date");
        final Select<DatePrecision> precision = new Select<>();
        final DatePicker end = new DatePicker("Ends (optional)");
        final Select<CategoryDetail> category = new Select<>();
        final Select<Side> side = new Select<>();
        final Select<Integer> importance = new Select<>();
        final MultiSelectComboBox<String> actors = new MultiSelectComboBox<>("Actors");
        final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>("Tags");
        final TextArea description = new TextArea("Description");
        final MultiSelectComboBox<Pick> linkedClaims = new MultiSelectComboBox<>("Claims");
        final MultiSelectComboBox<Pick> sources = new MultiSelectComboBox<>("Source articles");
        final Button save = new Button("Save");
        private final @Nullable EventDetail editing;
        private final SerializableConsumer<EventDetail> saved;
        private final boolean fromSuggestion;
        private final FieldErrors errors = new FieldErrors(Map.of(
                "title", title,
                "startDate", start,
                "endDate", end,
                "description", description,
                "category", category,
                "importance", importance,
                "tags", tags,
                "actors", actors,
                "claims", linkedClaims,
                "articles", sources));

        EventDialog(
                @Nullable EventDetail editing, @Nullable EventForm prefill, SerializableConsumer<EventDetail> saved) {
            this.fromSuggestion = prefill != null;
            this.editing = editing;
            this.saved = saved;
            setHeaderTitle(editing == null ? "New event" : "Edit event");
            List<CategoryDetail> categories = timelineCategories.all();
            setUpWhatAndWhen();
            setUpClassification(categories);
            setUpActorsAndTags();
            setUpLinks();
            add(layout());

            if (editing != null) {
                fill(editing, categories);
            } else if (prefill != null) {
                fill(prefill, categories);
            } else if (!categories.isEmpty()) {
                category.setValue(categories.getFirst());
            }
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            SubmitOnce.onClick(save, e -> save());
            save.addClickShortcut(Key.ENTER).withModifiers(KeyModifier.CONTROL);
            getFooter().add(new Button("Cancel", e -> close()), save);
            setWidth("min(48rem, 96vw)");
            title.focus();
        }

        private void setUpWhatAndWhen() {
            title.setRequired(true);
            title.setMaxLength(TimelineEvent.TITLE_MAX_LENGTH);
            start.setRequired(true);
            start.setHelperText("For a month, quarter or year, any day in it");
            precision.setLabel("Precision");
            precision.setItems(DatePrecision.values());
            precision.setItemLabelGenerator(DatePrecision::label);
            precision.setValue(DatePrecision.DAY);
            end.setHelperText("For spans: the last day");
            description.setMaxLength(TimelineEvent.DESCRIPTION_MAX_LENGTH);
            description.setHelperText("Markdown: **bold**, *italic*, lists, [links](https://…)");
            description.setMinHeight("8rem");
        }

        private void setUpClassification(List<CategoryDetail> categories) {
            category.setLabel("Category");
            category.setItems(categories);
            category.setItemLabelGenerator(CategoryDetail::name);
            side.setLabel("Country / side");
            side.setItems(Side.values());
            side.setItemLabelGenerator(Side::label);
            side.setValue(Side.US);
            importance.setLabel("Importance");
            importance.setItems(1, 2, 3);
            importance.setItemLabelGenerator(i -> switch (i) {
                case 1 -> "Minor";
                case 2 -> "Notable";
                default -> "Major";
            });
            importance.setValue(2);
        }

        /** Both offer known names and take new ones typed in. */
        private void setUpActorsAndTags() {
            actors.setAllowCustomValue(true);
            var known = new LinkedHashSet<>(claims.claimantNames("", 500));
            actors.setItems(known);
            actors.addCustomValueSetListener(e -> addCustom(actors, e.getDetail()));
            actors.setHelperText("Organizations, people, governments: pick or type new names");
            tags.setAllowCustomValue(true);
            tags.setItems(new LinkedHashSet<>(List.of("export controls", "chips", "model release", "distillation")));
            tags.addCustomValueSetListener(e -> addCustom(tags, e.getDetail()));
        }

        /** Lazy pickers: the team's claims and articles are too many to load into the form. */
        private void setUpLinks() {
            linkedClaims.setItemLabelGenerator(Pick::label);
            linkedClaims.setItems(query -> claims
                    .find(
                            new ClaimFilter(query.getFilter().orElse(null), null, null, null),
                            query.getOffset(),
                            query.getLimit(),
                            Sort.unsorted())
                    .stream()
                    .map(c -> new Pick(c.id(), c.text())));
            linkedClaims.setHelperText("A verified claim gives the event its verified badge");
            sources.setItemLabelGenerator(Pick::label);
            sources.setItems(query -> articles
                    .find(
                            new ArticleFilter(query.getFilter().orElse(null), null, null, null, null, false),
                            query.getOffset(),
                            query.getLimit(),
                            Sort.unsorted())
                    .stream()
                    .map(a -> new Pick(a.id(), a.title())));
        }

        private FormLayout layout() {
            var form = new FormLayout(
                    title,
                    start,
                    precision,
                    end,
                    category,
                    side,
                    importance,
                    actors,
                    tags,
                    description,
                    linkedClaims,
                    sources);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 3));
            form.setColspan(title, 3);
            form.setColspan(actors, 3);
            form.setColspan(tags, 3);
            form.setColspan(description, 3);
            form.setColspan(linkedClaims, 3);
            form.setColspan(sources, 3);
            return form;
        }

        private static void addCustom(MultiSelectComboBox<String> box, String value) {
            var items = new LinkedHashSet<>(box.getListDataView().getItems().toList());
            items.add(value.strip());
            var selected = new LinkedHashSet<>(box.getValue());
            box.setItems(items);
            selected.add(value.strip());
            box.setValue(selected);
        }

        private void fill(EventDetail e, List<CategoryDetail> categories) {
            title.setValue(e.title());
            start.setValue(e.startDate());
            precision.setValue(e.precision());
            end.setValue(e.endDate());
            categories.stream()
                    .filter(c -> c.id() == e.category().id())
                    .findFirst()
                    .ifPresent(category::setValue);
            side.setValue(e.side());
            importance.setValue(e.importance());
            e.actors().forEach(a -> addCustom(actors, a));
            e.tags().forEach(t -> addCustom(tags, t));
            description.setValue(e.description() == null ? "" : e.description());
            linkedClaims.setValue(
                    e.claims().stream().map(c -> new Pick(c.id(), c.text())).collect(Collectors.toSet()));
            sources.setValue(
                    e.articles().stream().map(a -> new Pick(a.id(), a.title())).collect(Collectors.toSet()));
        }

        private void fill(EventForm f, List<CategoryDetail> categories) {
            title.setValue(f.title());
            start.setValue(f.startDate());
            precision.setValue(f.precision());
            categories.stream()
                    .filter(c -> f.categoryId() != null && c.id() == f.categoryId())
                    .findFirst()
                    .ifPresent(category::setValue);
            side.setValue(f.side());
            importance.setValue(f.importance());
            description.setValue(f.description() == null ? "" : f.description());
            linkedClaims.setValue(claims.links(f.claimIds()).stream()
                    .map(c -> new Pick(c.id(), c.text()))
                    .collect(Collectors.toSet()));
            sources.setValue(articles.titles(f.articleIds()).entrySet().stream()
                    .map(e -> new Pick(e.getKey(), e.getValue()))
                    .collect(Collectors.toSet()));
        }

        EventForm value() {
            LocalDate day = start.getValue();
            return new EventForm(
                    title.getValue(),
                    day,
                    precision.getValue(),
                    end.getValue(),
                    description.getValue(),
                    category.getValue() == null ? null : category.getValue().id(),
                    side.getValue(),
                    importance.getValue() == null ? 2 : importance.getValue(),
                    tags.getValue(),
                    List.copyOf(actors.getValue()),
                    sources.getValue().stream().map(Pick::id).collect(Collectors.toSet()),
                    linkedClaims.getValue().stream().map(Pick::id).collect(Collectors.toSet()));
        }

        void save() {
            errors.clear();
            if (start.isInvalid()) {
                start.setErrorMessage("This is not a date; use the calendar or type it as shown.");
                return;
            }
            try {
                EventDetail result = editing == null
                        ? timeline.create(value())
                        : timeline.update(editing.id(), editing.version(), value());
                close();
                Notifications.success(editing == null ? "Event drafted: an editor publishes it." : "Event saved.");
                saved.accept(result);
                if (editing == null && !fromSuggestion) {
                    UI.getCurrent().navigate("timeline/events/" + result.id());
                }
            } catch (ValidationException ex) {
                errors.show(ex);
            } catch (ItemNotFoundException ex) {
                Notifications.error(ex.getMessage());
            } catch (ConcurrentEditException ex) {
                Notifications.error(ex.getMessage());
                close();
                if (editing != null) {
                    saved.accept(editing);
                }
            }
        }
    }
}
