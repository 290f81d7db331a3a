package org.factline.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.factline.article.ArticleFilter;
import org.factline.article.ArticleService;
import org.factline.claim.ClaimFilter;
import org.factline.claim.ClaimService;
import org.factline.security.SystemAuthentication;
import org.factline.timeline.CategoryDetail;
import org.factline.timeline.DatePrecision;
import org.factline.timeline.EventFilter;
import org.factline.timeline.EventForm;
import org.factline.timeline.Side;
import org.factline.timeline.TimelineCategories;
import org.factline.timeline.TimelineService;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo timeline: US-China AI events of 2022-2026, summarized in Factline's own words from public
 * reporting, drafted by a fact-checker and published by an editor, some linked to the demo
 * articles and claims. Two stay drafts to show the review step. The events themselves are data,
 * in {@code demo/timeline-events.json}; this class only creates them through the services.
 */
@Component
@Profile("demo")
@Order(20)
class DemoTimeline implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoTimeline.class);

    /** One demo event as {@code demo/timeline-events.json} writes it; left-out parts take their defaults. */
    record Demo(
            String title,
            LocalDate date,
            DatePrecision precision,
            @Nullable LocalDate end,
            String category,
            Side side,
            int importance,
            String description,
            List<String> actors,
            Set<String> tags,
            @Nullable String article,
            @Nullable String claim,
            @Nullable Boolean draft) {

        Demo {
            precision = precision == null ? DatePrecision.DAY : precision;
            actors = actors == null ? List.of() : List.copyOf(actors);
            tags = tags == null ? Set.of() : Set.copyOf(tags);
        }

        /** Published unless the file marks it {@code "draft": true}. */
        boolean publish() {
            return !Boolean.TRUE.equals(draft);
        }
    }

    private static final String EVENTS = "/demo/timeline-events.json";

    /** The demo events in the order they are created. */
    static List<Demo> events() {
        try (InputStream in = DemoTimeline.class.getResourceAsStream(EVENTS)) {
            if (in == null) {
                throw new IllegalStateException(EVENTS + " is missing from the classpath");
            }
            return List.of(JsonMapper.builder()
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .build()
                    .readValue(in, Demo[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final TimelineService timeline;
    private final TimelineCategories categories;
    private final ArticleService articles;
    private final ClaimService claims;

    DemoTimeline(
            TimelineService timeline, TimelineCategories categories, ArticleService articles, ClaimService claims) {
        this.timeline = timeline;
        this.categories = categories;
        this.articles = articles;
        this.claims = claims;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean empty = SystemAuthentication.runAs(
                "erin", () -> timeline.find(EventFilter.all()).isEmpty());
        if (empty) {
            load();
        }
    }

    /** Creates the demo events; links to demo articles and claims that aren't there are left out. */
    void load() {
        List<CategoryDetail> categories = SystemAuthentication.runAs("erin", this.categories::all);
        List<Demo> events = events();
        for (Demo d : events) {
            long category = categories.stream()
                    .filter(c -> c.name().equals(d.category()))
                    .findFirst()
                    .orElseThrow()
                    .id();
            var created = SystemAuthentication.runAs(
                    "fiona",
                    () -> timeline.create(new EventForm(
                            d.title(),
                            d.date(),
                            d.precision(),
                            d.end(),
                            d.description(),
                            category,
                            d.side(),
                            d.importance(),
                            d.tags(),
                            d.actors(),
                            article(d.article()),
                            claim(d.claim()))));
            if (d.publish()) {
                SystemAuthentication.runAs("erin", () -> timeline.publish(created.id(), created.version()));
            }
        }
        log.info("Demo workspace: created {} timeline events", events.size());
    }

    private Set<Long> article(@Nullable String titleStart) {
        if (titleStart == null) {
            return Set.of();
        }
        return SystemAuthentication.runAs(
                "fiona",
                () ->
                        articles
                                .find(
                                        new ArticleFilter(titleStart, null, null, null, null, false),
                                        0,
                                        1,
                                        Sort.unsorted())
                                .stream()
                                .map(a -> a.id())
                                .collect(Collectors.toSet()));
    }

    private Set<Long> claim(@Nullable String text) {
        if (text == null) {
            return Set.of();
        }
        return SystemAuthentication.runAs(
                "fiona",
                () -> claims.find(new ClaimFilter(text, null, null, null), 0, 1, Sort.unsorted()).stream()
                        .map(c -> c.id())
                        .collect(Collectors.toSet()));
    }
}
