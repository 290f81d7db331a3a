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
import org.factline.base.ValidationException;
import org.factline.note.NoteDetail;
import org.factline.note.NoteService;
import org.factline.note.NoteThread;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Notes on a claim: threads of Markdown notes one level deep, new notes and replies. */
@RestController
@Tag(name = "Notes")
class NotesApi {

    private final NoteService notes;
    private final ApiProperties properties;

    NotesApi(NoteService notes, ApiProperties properties) {
        this.notes = notes;
        this.properties = properties;
    }

    /** @param markdown the note; {@code @username} mentions a teammate, who is notified */
    record NoteRequest(@Nullable String markdown) {}

    @GetMapping("/api/v1/claims/{claimId}/notes")
    @Operation(summary = "The claim's note threads, oldest first, replies under their note")
    ResponseEntity<List<NoteThread>> threads(
            @PathVariable long claimId,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size,
            HttpServletRequest request) {
        return ApiPage.of(page, size, properties.maxPageSize()).slice(notes.threads(claimId), request);
    }

    @PostMapping("/api/v1/claims/{claimId}/notes")
    @Operation(summary = "Start a new thread on the claim with a Markdown note")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    ResponseEntity<NoteDetail> post(@PathVariable long claimId, @RequestBody NoteRequest body) {
        return created(notes.post(claimId, markdown(body)));
    }

    @GetMapping("/api/v1/notes/{id}")
    @Operation(summary = "One note; the ETag is its version")
    ResponseEntity<NoteDetail> get(@PathVariable long id) {
        NoteDetail note = notes.get(id);
        return Versions.withEtag(note.version(), note);
    }

    @PostMapping("/api/v1/notes/{id}/replies")
    @Operation(summary = "Reply to a note; the reply joins that note's thread")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    ResponseEntity<NoteDetail> reply(@PathVariable long id, @RequestBody NoteRequest body) {
        return created(notes.reply(id, markdown(body)));
    }

    private static String markdown(NoteRequest body) {
        if (body.markdown() == null || body.markdown().isBlank()) {
            throw new ValidationException("markdown", "Write the note (Markdown).");
        }
        return body.markdown();
    }

    private static ResponseEntity<NoteDetail> created(NoteDetail note) {
        return ResponseEntity.created(URI.create("/api/v1/notes/" + note.id()))
                .eTag(Versions.etag(note.version()))
                .body(note);
    }
}
