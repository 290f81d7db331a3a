package org.factline.api.v1;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.factline.api.ApiPage;
import org.factline.api.ApiProperties;
import org.factline.api.Versions;
import org.factline.base.ValidationException;
import org.factline.timeline.CategoryDetail;
import org.factline.timeline.DatePrecision;
import org.factline.timeline.EventDetail;
import org.factline.timeline.EventFilter;
import org.factline.timeline.EventForm;
import org.factline.timeline.Side;
import org.factline.timeline.TimelineCategories;
import org.factline.timeline.TimelineService;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Timeline events: the timeline with its filter bar's filters, one event, drafts (seen by their
 * author and editors), changes, and the editors' publish and unpublish; the categories to file
 * events under. Changes take the event's ETag in {@code If-Match}.
 */
@RestController
@RequestMapping("/api/v1/timeline")
@Tag(name = "Timeline")
class TimelineApi {

    /** The importance of an event sent without one (the form's default). */
    private static final int DEFAULT_IMPORTANCE = 2;

    private final TimelineService timeline;
    private final TimelineCategories categories;
    private final ApiProperties properties;

    TimelineApi(TimelineService timeline, TimelineCategories categories, ApiProperties properties) {
        this.timeline = timeline;
        this.categories = categories;
        this.properties = properties;
    }

    @GetMapping("/events")
    @Operation(summary = "Events you may see (published ones, your drafts; editors: all), in date order")
    ResponseEntity<List<EventDetail>> list(
            @Parameter(description = "Events that end on or after this day")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = ISO.DATE)
                    @Nullable
                    LocalDate from,
            @Parameter(description = "Events that start on or before this day")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = ISO.DATE)
                    @Nullable
                    LocalDate to,
            @Parameter(description = "Category ids (repeat the parameter or separate with commas)")
                    @RequestParam(required = false)
                    @Nullable
                    Set<Long> category,
            @Parameter(description = "An actor's name") @RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable Side side,
            @Parameter(description = "Only events linked to a verified claim") @RequestParam(defaultValue = "false")
                    boolean verified,
            @Parameter(description = "Text the title, description or tags contain")
                    @RequestParam(required = false)
                    @Nullable
                    String q,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size,
            HttpServletRequest request) {
        ApiPage paging = ApiPage.of(page, size, properties.maxPageSize());
        var filter = new EventFilter(from, to, category == null ? Set.of() : category, actor, side, verified, q);
        return paging.slice(timeline.find(filter), request);
    }

    @GetMapping("/events/{id}")
    @Operation(summary = "One event; the ETag is its version")
    ResponseEntity<EventDetail> get(@PathVariable long id) {
        EventDetail event = timeline.get(id);
        return Versions.withEtag(event.version(), event);
    }

    /**
     * An event as the event form has it.
     *
     * @param startDate any day of the period; stored as the period's first day
     * @param precision DAY (default), MONTH, QUARTER or YEAR
     * @param side US, CHINA, OTHER (default) or MULTI
     * @param importance 1 (minor) to 3 (major), 2 by default
     * @param actors names of organisations, people or governments (claimants)
     */
    record EventRequest(
            @Nullable String title,
            @Nullable LocalDate startDate,
            @Nullable DatePrecision precision,
            @Nullable LocalDate endDate,
            @Nullable String description,
            @Nullable Long categoryId,
            @Nullable Side side,
            @Nullable Integer importance,
            @Nullable Set<String> tags,
            @Nullable List<String> actors,
            @Nullable Set<Long> articleIds,
            @Nullable Set<Long> claimIds) {

        EventForm form() {
            if (title == null || title.isBlank()) {
                throw new ValidationException("title", "Give the event a title.");
            }
            if (startDate == null) {
                throw new ValidationException("startDate", "When did it happen? Send startDate, e.g. 2025-03-01.");
            }
            if (categoryId == null) {
                throw new ValidationException(
                        "categoryId", "Choose a category (GET /api/v1/timeline/categories lists them).");
            }
            return new EventForm(
                    title,
                    startDate,
                    precision == null ? DatePrecision.DAY : precision,
                    endDate,
                    description,
                    categoryId,
                    side,
                    importance == null ? DEFAULT_IMPORTANCE : importance,
                    tags,
                    actors,
                    articleIds,
                    claimIds);
        }
    }

    @PostMapping("/events")
    @Operation(summary = "Create an event; it starts as a draft only you and the editors see")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    ResponseEntity<EventDetail> create(@RequestBody EventRequest body) {
        EventDetail created = timeline.create(body.form());
        return ResponseEntity.created(URI.create("/api/v1/timeline/events/" + created.id()))
                .eTag(Versions.etag(created.version()))
                .body(created);
    }

    @PutMapping("/events/{id}")
    @Operation(summary = "Change an event (your drafts; editors: any event)")
    ResponseEntity<EventDetail> update(
            @PathVariable long id,
            @Parameter(description = "The event's ETag")
                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            @RequestBody EventRequest body) {
        return withEtag(timeline.update(id, expected(id, ifMatch), body.form()));
    }

    @PostMapping("/events/{id}/publish")
    @Operation(summary = "Publish a draft for the whole team (editors)")
    ResponseEntity<EventDetail> publish(
            @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        return withEtag(timeline.publish(id, expected(id, ifMatch)));
    }

    @PostMapping("/events/{id}/unpublish")
    @Operation(summary = "Take a published event back to draft (editors)")
    ResponseEntity<EventDetail> unpublish(
            @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        return withEtag(timeline.unpublish(id, expected(id, ifMatch)));
    }

    @PostMapping("/events/{id}/reviewed")
    @Operation(summary = "Confirm a flagged event still stands after a linked claim's verdict changed (editors)")
    ResponseEntity<EventDetail> reviewed(
            @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        return withEtag(timeline.clearReviewFlag(id, expected(id, ifMatch)));
    }

    @DeleteMapping("/events/{id}")
    @Operation(summary = "Delete an event (your drafts; editors: any event)")
    @ApiResponse(responseCode = "204", description = "Done")
    ResponseEntity<Void> delete(
            @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        timeline.delete(id, expected(id, ifMatch));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/categories")
    @Operation(summary = "The categories events are filed under, in the admins' order")
    List<CategoryDetail> categories() {
        return categories.all();
    }

    private long expected(long id, @Nullable String ifMatch) {
        return Versions.expected(ifMatch, () -> timeline.get(id).version());
    }

    private static ResponseEntity<EventDetail> withEtag(EventDetail event) {
        return Versions.withEtag(event.version(), event);
    }
}
