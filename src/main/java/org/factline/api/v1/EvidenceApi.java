package org.factline.api.v1;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.factline.api.ApiPage;
import org.factline.api.ApiProperties;
import org.factline.api.Versions;
import org.factline.base.ValidationException;
import org.factline.note.EvidenceDetail;
import org.factline.note.EvidenceDownload;
import org.factline.note.EvidenceForm;
import org.factline.note.EvidenceService;
import org.factline.note.EvidenceUpload;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Evidence on a claim: web sources or uploaded files, with source type, stance and quote. */
@RestController
@Tag(name = "Evidence")
class EvidenceApi {

    private final EvidenceService evidence;
    private final ApiProperties properties;

    EvidenceApi(EvidenceService evidence, ApiProperties properties) {
        this.evidence = evidence;
        this.properties = properties;
    }

    @GetMapping("/api/v1/claims/{claimId}/evidence")
    @Operation(summary = "The claim's evidence, in the order it was added")
    ResponseEntity<List<EvidenceDetail>> list(
            @PathVariable long claimId,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size,
            HttpServletRequest request) {
        return ApiPage.of(page, size, properties.maxPageSize()).slice(evidence.list(claimId), request);
    }

    @PostMapping(value = "/api/v1/claims/{claimId}/evidence", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Add evidence: a web source (JSON), or an uploaded file (multipart)",
            description = "JSON: the evidence fields; url, sourceType and stance are required, and a translation"
                    + " needs the quote it translates. Multipart: the part 'evidence' with those fields as"
                    + " application/json (the web address is then optional) and the part 'file', checked by its"
                    + " content (documents, images, data; at most 10 MB).")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    ResponseEntity<EvidenceDetail> add(@PathVariable long claimId, @RequestBody EvidenceForm body) {
        return created(evidence.add(claimId, body, null));
    }

    @PostMapping(value = "/api/v1/claims/{claimId}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Add evidence: a web source (JSON), or an uploaded file (multipart)",
            description = "JSON: the evidence fields; url, sourceType and stance are required, and a translation"
                    + " needs the quote it translates. Multipart: the part 'evidence' with those fields as"
                    + " application/json (the web address is then optional) and the part 'file', checked by its"
                    + " content (documents, images, data; at most 10 MB).")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    ResponseEntity<EvidenceDetail> upload(
            @PathVariable long claimId,
            @RequestPart(value = "evidence", required = false) @Nullable EvidenceForm form,
            @RequestPart(value = "file", required = false) @Nullable MultipartFile file)
            throws IOException {
        if (form == null) {
            throw new ValidationException("evidence", "Send the evidence fields as the JSON part 'evidence'.");
        }
        if (file == null || file.isEmpty()) {
            throw new ValidationException("file", "Attach the file as the multipart part 'file'.");
        }
        String name =
                file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                        ? "evidence"
                        : file.getOriginalFilename();
        return created(evidence.add(claimId, form, new EvidenceUpload(name, file.getBytes())));
    }

    @GetMapping("/api/v1/evidence/{id}")
    @Operation(summary = "One evidence item; the ETag is its version")
    ResponseEntity<EvidenceDetail> get(@PathVariable long id) {
        EvidenceDetail item = evidence.get(id);
        return Versions.withEtag(item.version(), item);
    }

    @GetMapping("/api/v1/evidence/{id}/file")
    @Operation(summary = "Download the uploaded file of an evidence item")
    ResponseEntity<byte[]> file(@PathVariable long id) {
        EvidenceDownload download = evidence.file(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(download.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(download.bytes());
    }

    private static ResponseEntity<EvidenceDetail> created(EvidenceDetail item) {
        return ResponseEntity.created(URI.create("/api/v1/evidence/" + item.id()))
                .eTag(Versions.etag(item.version()))
                .body(item);
    }
}
