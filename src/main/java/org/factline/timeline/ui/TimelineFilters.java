package org.factline.timeline.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.factline.claim.ClaimService;
import org.factline.timeline.CategoryDetail;
import org.factline.timeline.EventFilter;
import org.factline.timeline.Side;
import org.jspecify.annotations.Nullable;

/**
 * The timeline's filter bar: dates, categories, actor, country, text and verified only. It reads
 * its values from the address and writes them back, so a filtered timeline can be shared as a link.
 */
final class TimelineFilters extends Div {

    final DatePicker from = new DatePicker(translate("timeline.from"));
    final DatePicker to = new DatePicker(translate("timeline.to"));
    final MultiSelectComboBox<CategoryDetail> category = new MultiSelectComboBox<>(translate("timeline.category"));
    final ComboBox<String> actor = new ComboBox<>(translate("timeline.actor"));
    final Select<Side> side = new Select<>();
    final Checkbox verifiedOnly = new Checkbox(translate("timeline.verified-only"));
    final TextField text = new TextField(translate("timeline.text"));
    private List<CategoryDetail> categories = List.of();

    TimelineFilters(ClaimService claims) {
        addClassName("tl-filters");
        category.setItemLabelGenerator(CategoryDetail::name);
        actor.setClearButtonVisible(true);
        actor.setItems(query -> claims.claimantNames(query.getFilter().orElse(""), query.getLimit()).stream()
                .skip(query.getOffset()));
        side.setLabel(translate("timeline.country"));
        side.setItems(Side.values());
        side.setItemLabelGenerator(s -> s == null ? translate("timeline.any") : org.factline.base.ui.EnumTexts.of(s));
        side.setEmptySelectionAllowed(true);
        side.setEmptySelectionCaption(translate("timeline.any"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        add(from, to, category, actor, side, text, verifiedOnly);
    }

    void setCategories(List<CategoryDetail> categories) {
        this.categories = categories;
        category.setItems(categories);
    }

    /** Runs {@code changed} when the person changes a filter (not when the address sets it). */
    void addChangeListener(SerializableRunnable changed) {
        List<HasValue<?, ?>> fields = List.of(from, to, category, actor, side, verifiedOnly, text);
        for (var field : fields) {
            field.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    changed.run();
                }
            });
        }
    }

    EventFilter filter() {
        return new EventFilter(
                from.getValue(),
                to.getValue(),
                category.getValue().stream().map(CategoryDetail::id).collect(Collectors.toSet()),
                actor.getValue(),
                side.getValue(),
                verifiedOnly.getValue(),
                text.getValue());
    }

    /** Sets the filters from the address; unknown values are ignored. */
    void read(QueryParameters params) {
        from.setValue(date(params, "from"));
        to.setValue(date(params, "to"));
        Set<Long> ids = parameter(params, "cat")
                .map(v -> Arrays.stream(v.split(","))
                        .map(String::strip)
                        .filter(s -> s.matches("\\d{1,18}"))
                        .map(Long::valueOf)
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
        category.setValue(categories.stream().filter(c -> ids.contains(c.id())).collect(Collectors.toSet()));
        actor.setValue(parameter(params, "actor").orElse(null));
        side.setValue(parameter(params, "side").flatMap(TimelineFilters::side).orElse(null));
        verifiedOnly.setValue(parameter(params, "verified").map("1"::equals).orElse(false));
        text.setValue(parameter(params, "q").orElse(""));
    }

    /** Adds the filters that are set to the address's parameters. */
    void write(Map<String, String> params) {
        if (from.getValue() != null) {
            params.put("from", from.getValue().toString());
        }
        if (to.getValue() != null) {
            params.put("to", to.getValue().toString());
        }
        if (!category.getValue().isEmpty()) {
            params.put(
                    "cat",
                    category.getValue().stream()
                            .map(c -> String.valueOf(c.id()))
                            .sorted()
                            .collect(Collectors.joining(",")));
        }
        if (actor.getValue() != null && !actor.getValue().isBlank()) {
            params.put("actor", actor.getValue());
        }
        if (side.getValue() != null) {
            params.put("side", side.getValue().name().toLowerCase(Locale.ROOT));
        }
        if (verifiedOnly.getValue()) {
            params.put("verified", "1");
        }
        if (!text.getValue().isBlank()) {
            params.put("q", text.getValue().strip());
        }
    }

    /** A parameter of the address, stripped; empty when missing or blank. */
    static Optional<String> parameter(QueryParameters params, String name) {
        return params.getSingleParameter(name).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static Optional<Side> side(String value) {
        return Arrays.stream(Side.values())
                .filter(s -> s.name().equalsIgnoreCase(value))
                .findFirst();
    }

    private static @Nullable LocalDate date(QueryParameters params, String name) {
        return parameter(params, name)
                .map(v -> {
                    try {
                        return LocalDate.parse(v);
                    } catch (DateTimeParseException e) {
                        return null;
                    }
                })
                .orElse(null);
    }
}
