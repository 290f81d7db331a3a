package org.factline.api.v1;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.factline.api.ApiPage;
import org.factline.api.ApiProperties;
import org.factline.api.Versions;
import org.factline.timeline.EventDetail;
import org.factline.timeline.EventForm;
import org.factline.timeline.SuggestionDetail;
import org.factline.timeline.TimelineService;
import org.factline.timeline.TimelineSuggestions;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Event suggestions found in imported articles and claims, waiting for an editor: accept one as a
 * new event (as the suggestion card does: the prefilled form, or the event sent), add its source
 * to the existing event it matches, or dismiss it.
 */
@RestController
@RequestMapping("/api/v1/timeline/suggestions")
@Tag(name = "Timeline")
class TimelineSuggestionsApi {

    private final TimelineSuggestions suggestions;
    private final TimelineService timeline;
    private final ApiProperties properties;

    TimelineSuggestionsApi(TimelineSuggestions suggestions, TimelineService timeline, ApiProperties properties) {
        this.suggestions = suggestions;
        this.timeline = timeline;
        this.properties = properties;
    }

    @GetMapping
    @Operation(summary = "Open suggestions, newest event date first (editors)")
    ResponseEntity<List<SuggestionDetail>> open(
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size,
            HttpServletRequest request) {
        return ApiPage.of(page, size, properties.maxPageSize()).slice(suggestions.open(), request);
    }

    @GetMapping("/{id}/form")
    @Operation(summary = "The event form prefilled from a suggestion, to review before accepting it (editors)")
    EventForm form(@PathVariable long id) {
        return suggestions.prefill(id);
    }

    @PostMapping("/{id}/accept")
    @Operation(
            summary = "Accept a suggestion as a new draft event (editors)",
            description = "Without a body the event is the prefilled form; with one, the event sent (as for"
                    + " POST /api/v1/timeline/events).")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    ResponseEntity<EventDetail> accept(
            @PathVariable long id, @RequestBody(required = false) TimelineApi.@Nullable EventRequest body) {
        // The prefill first: it refuses non-editors and decided suggestions before anything is stored.
        EventForm prefilled = suggestions.prefill(id);
        EventForm form = body == null ? prefilled : body.form();
        EventDetail created = timeline.create(form);
        suggestions.accepted(id, created.id());
        return ResponseEntity.created(URI.create("/api/v1/timeline/events/" + created.id()))
                .eTag(Versions.etag(created.version()))
                .body(created);
    }

    @PostMapping("/{id}/dismiss")
    @Operation(summary = "Dismiss a suggestion (editors)")
    @ApiResponse(responseCode = "204", description = "Done")
    ResponseEntity<Void> dismiss(@PathVariable long id) {
        suggestions.dismiss(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/attach")
    @Operation(summary = "Add the suggestion's article or claim to the existing event it matches (editors)")
    ResponseEntity<EventDetail> attach(@PathVariable long id) {
        EventDetail event = suggestions.addToMatchedEvent(id);
        return Versions.withEtag(event.version(), event);
    }
}
