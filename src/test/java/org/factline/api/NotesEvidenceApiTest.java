package org.factline.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.factline.security.AppRoles.Role;
import org.factline.security.TokenScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Notes and evidence on a claim over the API: threads, replies, web sources and uploaded files. */
class NotesEvidenceApiTest extends AbstractApiTest {

    private String checker;
    private String colleague;

    @BeforeEach
    void team() {
        checker = user("api-notes-checker", Role.FACT_CHECKER);
        colleague = user("api-notes-colleague", Role.FACT_CHECKER);
    }

    private long claim(String token) throws Exception {
        var created = send(
                "POST", "/api/v1/claims", token, "{\"text\":\"" + marker("Ferries") + " carried a record load.\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).path("id").asLong();
    }

    @Test
    void a_note_starts_a_thread_a_reply_joins_it_and_the_threads_come_back_paged() throws Exception {
        String token = token(checker, TokenScope.READ_WRITE);
        String otherToken = token(colleague, TokenScope.READ_WRITE);
        long claimId = claim(token);

        var note = send(
                "POST",
                "/api/v1/claims/" + claimId + "/notes",
                token,
                "{\"markdown\":\"The **ferry operator's** annual report has the figure.\"}");
        assertThat(note.statusCode()).as(note.body()).isEqualTo(201);
        long noteId = json(note).path("id").asLong();
        assertThat(note.headers().firstValue("Location")).hasValue("/api/v1/notes/" + noteId);
        assertThat(json(note).path("html").asString()).contains("<strong>ferry operator's</strong>");

        var reply = send(
                "POST",
                "/api/v1/notes/" + noteId + "/replies",
                otherToken,
                "{\"markdown\":\"Page 12 gives it per route.\"}");
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
        assertThat(json(reply).path("parentId").asLong()).isEqualTo(noteId);
        send("POST", "/api/v1/claims/" + claimId + "/notes", token, "{\"markdown\":\"A second thread.\"}");

        var firstPage = get("/api/v1/claims/" + claimId + "/notes?size=1", token);
        assertThat(firstPage.statusCode()).as(firstPage.body()).isEqualTo(200);
        assertThat(firstPage.headers().firstValue("X-Total-Count")).hasValue("2");
        JsonNode thread = json(firstPage).get(0);
        assertThat(thread.path("rootId").asLong()).isEqualTo(noteId);
        assertThat(thread.path("replies")).hasSize(1);
        assertThat(thread.path("replies").get(0).path("author").asString()).isEqualTo(colleague);
        assertThat(json(get("/api/v1/claims/" + claimId + "/notes?page=2&size=1", token))
                        .get(0)
                        .path("root")
                        .path("markdown")
                        .asString())
                .isEqualTo("A second thread.");

        var one = get("/api/v1/notes/" + noteId, otherToken);
        assertThat(etag(one)).isEqualTo("\"" + json(one).path("version").asLong() + "\"");
        assertThat(json(one).path("canEdit").asBoolean()).isFalse();
        JsonNode empty = problem(send("POST", "/api/v1/claims/" + claimId + "/notes", token, "{}"), 400);
        assertThat(empty.path("errors").get(0).path("field").asString()).isEqualTo("markdown");
        problem(send("POST", "/api/v1/claims/987654321/notes", token, "{\"markdown\":\"Lost.\"}"), 404);
    }

    @Test
    void evidence_is_added_as_a_web_source_or_a_file_and_listed_in_order() throws Exception {
        String token = token(checker, TokenScope.READ_WRITE);
        long claimId = claim(token);

        var source = send("POST", "/api/v1/claims/" + claimId + "/evidence", token, """
                {"title":"Annual report","url":"https://ferries.example/report-2024","sourceType":"PRIMARY_DOCUMENT",
                 "stance":"SUPPORTS","quote":"Passenger numbers reached a new high.","accessedOn":"2025-01-15"}""");
        assertThat(source.statusCode()).as(source.body()).isEqualTo(201);
        long sourceId = json(source).path("id").asLong();
        assertThat(source.headers().firstValue("Location")).hasValue("/api/v1/evidence/" + sourceId);
        assertThat(json(source).path("urlHost").asString()).isEqualTo("ferries.example");

        byte[] table = "route,passengers\nnorth,120000\nsouth,98000\n".getBytes(StandardCharsets.UTF_8);
        var file = postMultipart(
                "/api/v1/claims/" + claimId + "/evidence",
                token,
                Part.json("evidence", "{\"sourceType\":\"DATASET\",\"stance\":\"CONTEXT\",\"title\":\"Per route\"}"),
                Part.file("file", "routes.txt", "text/plain", table));
        assertThat(file.statusCode()).as(file.body()).isEqualTo(201);
        long fileId = json(file).path("id").asLong();
        assertThat(json(file).path("fileName").asString()).startsWith("routes");

        var list = get("/api/v1/claims/" + claimId + "/evidence", token);
        assertThat(list.headers().firstValue("X-Total-Count")).hasValue("2");
        assertThat(json(list).get(0).path("id").asLong()).isEqualTo(sourceId);
        assertThat(json(list).get(1).path("stance").asString()).isEqualTo("CONTEXT");
        var download = get("/api/v1/evidence/" + fileId + "/file", token);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(new String(table, StandardCharsets.UTF_8));
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("attachment"));
        assertThat(etag(get("/api/v1/evidence/" + sourceId, token))).isNotBlank();

        JsonNode noStance = problem(
                send(
                        "POST",
                        "/api/v1/claims/" + claimId + "/evidence",
                        token,
                        "{\"url\":\"https://ferries.example/x\",\"sourceType\":\"NEWS_REPORT\"}"),
                400);
        assertThat(noStance.path("errors").get(0).path("field").asString()).isEqualTo("stance");
        JsonNode script = problem(
                postMultipart(
                        "/api/v1/claims/" + claimId + "/evidence",
                        token,
                        Part.json("evidence", "{\"sourceType\":\"OTHER\",\"stance\":\"CONTEXT\"}"),
                        Part.file(
                                "file",
                                "run.sh",
                                "text/plain",
                                "#!/bin/sh\necho hi\n".getBytes(StandardCharsets.UTF_8))),
                400);
        assertThat(script.path("errors").get(0).path("field").asString()).isEqualTo("file");
    }
}
