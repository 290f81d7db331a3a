package org.factline.timeline.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.factline.timeline.EventFormBuilder.event;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.factline.AbstractAppTest;
import org.factline.article.ArticleImportService;
import org.factline.article.PasteFormat;
import org.factline.base.ui.NotFoundView;
import org.factline.security.AppRoles.Role;
import org.factline.timeline.DatePrecision;
import org.factline.timeline.EventDetail;
import org.factline.timeline.EventFilter;
import org.factline.timeline.EventStatus;
import org.factline.timeline.Side;
import org.factline.timeline.TimelineCategories;
import org.factline.timeline.TimelineService;
import org.factline.timeline.TimelineSuggestions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TimelineViewsTest extends AbstractAppTest {

    @Autowired
    TimelineService timeline;

    @Autowired
    TimelineCategories categories;

    @Autowired
    ArticleImportService imports;

    @Autowired
    TimelineSuggestions suggestions;

    String marker;

    @BeforeEach
    void signInAsChecker() {
        login(user("ui-timeline", Role.FACT_CHECKER));
        marker = marker("tv");
    }

    private String url() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    @Test
    void a_fact_checker_drafts_an_event_in_the_form_with_clear_field_errors() {
        UI.getCurrent().navigate(TimelineView.class);
        _click(_get(Button.class, spec -> spec.withText("New event")));
        var dialog = _get(EventDialogs.EventDialog.class);

        _click(dialog.save);
        assertThat(dialog.title.isInvalid()).isTrue();
        assertThat(dialog.title.getErrorMessage()).contains("title");

        _setValue(dialog.title, marker + " Export rule announced");
        _setValue(dialog.start, LocalDate.of(2024, 12, 2));
        _setValue(dialog.end, LocalDate.of(2024, 11, 30));
        _click(dialog.save);
        assertThat(dialog.end.isInvalid()).isTrue();
        assertThat(dialog.end.getErrorMessage()).contains("before the start");

        _setValue(dialog.end, null);
        _setValue(dialog.description, "New **HBM** controls.");
        _click(dialog.save);

        var page = _get(EventView.class);
        assertThat(_get(page, H1.class).getText()).isEqualTo(marker + " Export rule announced");
        assertThat(page.getElement().getTextRecursively()).contains("Draft").contains("2 Dec 2024");
        assertThat(_find(page, Button.class, spec -> spec.withText("Publish"))).isEmpty();
    }

    @Test
    void filters_live_in_the_url_and_the_list_shows_the_same_events() {
        long second = categories.all().get(1).id();
        draft("One", LocalDate.of(2023, 3, 14));
        timeline.create(event(marker + " Two", LocalDate.of(2025, 1, 20), second)
                .side(Side.CHINA)
                .importance(3)
                .form());

        UI.getCurrent().navigate("timeline", QueryParameters.simple(Map.of("q", marker)));
        var view = _get(TimelineView.class);
        assertThat(_find(Anchor.class, spec -> spec.withClasses("tl-event"))).hasSize(2);
        assertThat(view.count.getText()).isEqualTo("2 events");

        _setValue(view.filters.side, Side.CHINA);
        assertThat(url()).contains("side=china").contains("q=" + marker);
        assertThat(_find(Anchor.class, spec -> spec.withClasses("tl-event")))
                .extracting(a -> a.getElement().getAttribute("title"))
                .containsExactly("20 Jan 2025 \u2014 " + marker + " Two");

        var list = _get(TimelineView.class);
        list.mode.setSelectedIndex(1);
        UI.getCurrent().navigate("timeline", QueryParameters.simple(Map.of("q", marker, "view", "list")));
        var grid = _get(TimelineView.class).grid;
        assertThat(GridKt._size(grid)).isEqualTo(2);
    }

    @Test
    void the_author_edits_a_draft_and_deletes_it_after_confirming() {
        var draft = timeline.create(event(
                        marker + " First title",
                        LocalDate.of(2024, 9, 19),
                        categories.all().getFirst().id())
                .side(Side.CHINA)
                .form());
        UI.getCurrent().navigate("timeline/events/" + draft.id());
        _click(_get(Button.class, spec -> spec.withText("Edit")));
        var dialog = _get(EventDialogs.EventDialog.class);
        assertThat(dialog.title.getValue()).isEqualTo(marker + " First title");
        _setValue(dialog.title, marker + " Second title");
        _click(dialog.save);
        assertThat(_get(H1.class, spec -> spec.withClasses("event-title")).getText())
                .isEqualTo(marker + " Second title");

        _click(_get(Button.class, spec -> spec.withText("Delete")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(url()).startsWith("timeline");
        assertThat(timeline.find(new EventFilter(null, null, Set.of(), null, null, false, marker)))
                .isEmpty();
    }

    @Test
    void an_editor_publishes_from_the_event_page_and_admins_manage_categories() {
        var draft = draft("To publish", LocalDate.of(2025, 7, 23));
        assertThat(_find(Button.class, spec -> spec.withText("Categories"))).isEmpty();

        login(user("ui-timeline-editor", Role.EDITOR));
        UI.getCurrent().navigate("timeline/events/" + draft.id());
        _click(_get(Button.class, spec -> spec.withText("Publish")));
        assertThat(timeline.get(draft.id()).status()).isEqualTo(EventStatus.PUBLISHED);
        assertThat(_find(Button.class, spec -> spec.withText("Back to draft"))).hasSize(1);

        login(ADMIN);
        UI.getCurrent().navigate(TimelineView.class);
        _click(_get(Button.class, spec -> spec.withText("Categories")));
        assertThat(_find(CategoriesDialog.class)).hasSize(1);
    }

    @Test
    void editors_accept_a_suggestion_with_the_prefilled_form_or_dismiss_one() {
        imports.importPaste(
                marker + " story",
                "On 2 December 2015 the department added memory chips to its controls (" + marker
                        + ").\n\nIn May 2016, officials rescinded the earlier rule (" + marker + ").",
                PasteFormat.TEXT);
        awaitEvents();
        login(user("ui-timeline-editor", Role.EDITOR));
        UI.getCurrent().navigate("timeline", QueryParameters.simple(Map.of("view", "suggestions")));
        var view = _get(TimelineView.class);
        assertThat(view.suggestionsTab.getLabel()).startsWith("Suggestions (");
        var cards = _find(Div.class, spec -> spec.withClasses("tl-suggestion")).stream()
                .filter(c -> c.getElement().getTextRecursively().contains(marker))
                .toList();
        assertThat(cards).hasSize(2);

        _click(_get(cards.get(0), Button.class, spec -> spec.withText("Create event\u2026")));
        var dialog = _get(EventDialogs.EventDialog.class);
        assertThat(dialog.start.getValue()).isEqualTo(LocalDate.of(2016, 5, 1));
        assertThat(dialog.precision.getValue()).isEqualTo(DatePrecision.MONTH);
        assertThat(dialog.sources.getValue()).hasSize(1);
        _setValue(dialog.title, marker + " Rule rescinded");
        _click(dialog.save);

        var left = _find(Div.class, spec -> spec.withClasses("tl-suggestion")).stream()
                .filter(c -> c.getElement().getTextRecursively().contains(marker))
                .toList();
        assertThat(left).hasSize(1);
        _click(_get(left.getFirst(), Button.class, spec -> spec.withText("Dismiss")));
        assertThat(suggestions.open()).noneMatch(s -> s.sentence().contains(marker));
        assertThat(timeline.find(new EventFilter(null, null, Set.of(), null, null, false, marker)))
                .extracting(EventDetail::title)
                .containsExactly(marker + " Rule rescinded");
    }

    @Test
    void admins_without_editorial_roles_cannot_open_the_timeline_or_an_event() {
        long id = draft("Not for pure admins", LocalDate.of(2025, 1, 20)).id();

        login(user("ui-timeline-pure-admin", Role.ADMIN));
        assertDenied("timeline");
        assertDenied("timeline/events/" + id);
    }

    @Test
    void a_deleted_or_someone_elses_draft_event_shows_the_not_found_page() {
        var draft = draft("Gone soon", LocalDate.of(2024, 9, 19));
        login(user("ui-timeline-other", Role.FACT_CHECKER));
        UI.getCurrent().navigate("timeline/events/" + draft.id());
        assertThat(_find(EventView.class))
                .as("drafts are for their author and editors")
                .isEmpty();
        assertThat(_get(NotFoundView.class).getElement().getTextRecursively()).contains("There is no such event.");

        login(user("ui-timeline", Role.FACT_CHECKER));
        timeline.delete(draft.id(), draft.version());
        UI.getCurrent().navigate("timeline/events/" + draft.id());
        assertThat(_get(NotFoundView.class).getElement().getTextRecursively()).contains("There is no such event.");
        assertThat(_get(Anchor.class, spec -> spec.withText("The timeline")).getHref())
                .isEqualTo("timeline");
    }

    /** A draft event of this test's marker in the first category, by whoever is signed in. */
    private EventDetail draft(String title, LocalDate date) {
        return timeline.create(
                event(marker + " " + title, date, categories.all().getFirst().id())
                        .form());
    }
}
