package org.factline.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.factline.claim.Verdict;
import org.factline.note.EvidenceForm;
import org.factline.note.EvidenceForms;
import org.factline.note.EvidenceUpload;
import org.factline.note.SourceType;
import org.factline.note.Stance;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;

/**
 * Evidence on the public pages: only the items an editor made public, with their source, stance,
 * quote and archived copy; private items appear nowhere public (page, JSON-LD, feeds).
 */
class PublicEvidenceTest extends AbstractPublicPagesTest {

    @Test
    void only_evidence_an_editor_made_public_is_on_the_page_in_the_json_ld_and_in_the_feeds() throws Exception {
        String marker = marker("evidence");
        long article = article(marker + " report", "Daily Ledger", LocalDate.of(2025, 3, 1), null);
        long other = article(marker + " follow-up", "Evening Post", LocalDate.of(2025, 3, 2), null);
        long claimId = claimIn(marker + " exports doubled last year", "Trade Office", article, other);
        evidenceOn(
                claimId,
                new EvidenceForm(
                        "Customs yearbook " + marker,
                        "https://customs.example/yearbook-" + marker,
                        "https://archive.example/yearbook-" + marker,
                        SourceType.DATASET,
                        Stance.REFUTES,
                        "Exports fell by three percent " + marker,
                        "en",
                        null,
                        LocalDate.of(2025, 3, 3)),
                true);
        evidenceOn(
                claimId,
                new EvidenceForm(
                        "Tip from a source " + marker,
                        "https://tips.example/privatesource" + marker,
                        "https://archive.example/privatearchive" + marker,
                        SourceType.OTHER,
                        Stance.SUPPORTS,
                        "privatequote" + marker,
                        null,
                        null,
                        null),
                false);
        signIn(checker);
        var fileOnly = evidence.add(
                claimId,
                new EvidenceForm(null, null, null, SourceType.PRIMARY_DOCUMENT, Stance.CONTEXT, null, null, null, null),
                new EvidenceUpload("internal-scan-" + marker + ".pdf", EvidenceForms.PDF));
        approve(claimId, Verdict.FALSE, "Customs data show a fall.");
        signIn(editor);
        evidence.showPublicly(fileOnly.id(), fileOnly.version(), true);

        String body = get("/published/claims/" + claimId).body();
        Document page = Jsoup.parse(body);
        var items = page.select("section.evidence li");
        assertThat(items).hasSize(2);
        assertThat(items.get(0)
                        .select("a[href=https://customs.example/yearbook-" + marker + "]")
                        .text())
                .isEqualTo("Customs yearbook " + marker);
        assertThat(items.get(0).select("a[href=https://archive.example/yearbook-" + marker + "]"))
                .hasSize(1);
        assertThat(items.get(0).text()).contains("Refutes", "Dataset", "3 March 2025");
        assertThat(items.get(0).select("blockquote[lang=en]").text())
                .isEqualTo("Exports fell by three percent " + marker);
        assertThat(items.get(1).text())
                .as("a file is named by its kind, never by its file name")
                .contains("Primary document");

        JsonNode review = jsonLd(page);
        assertThat(review.get("citation").size()).isEqualTo(1);
        assertThat(review.get("citation").get(0).get("url").asString())
                .isEqualTo("https://customs.example/yearbook-" + marker);

        String atom = get("/published/feed.atom").body();
        String json = get("/published/claimreview.json").body();
        assertThat(json).contains("https://customs.example/yearbook-" + marker);
        for (String publicText : new String[] {body, atom, json}) {
            assertThat(publicText)
                    .doesNotContain("privatequote" + marker)
                    .doesNotContain("privatesource" + marker)
                    .doesNotContain("privatearchive" + marker)
                    .doesNotContain("Tip from a source " + marker)
                    .doesNotContain("internal-scan-" + marker)
                    .doesNotContain(checker);
        }
    }

    @Test
    void only_editors_show_an_item_publicly_and_a_fact_checkers_edit_takes_it_off_again() throws Exception {
        String marker = marker("editing");
        signIn(checker);
        long claimId = newClaim(marker + " the port handled more ships");
        long item = evidenceOn(
                claimId,
                EvidenceForms.source(
                        "Port statistics " + marker,
                        "https://port.example/" + marker,
                        SourceType.DATASET,
                        Stance.SUPPORTS),
                false);
        long version = evidence.list(claimId).getFirst().version();
        assertThatThrownBy(() -> evidence.showPublicly(item, version, true)).isInstanceOf(AccessDeniedException.class);

        signIn(editor);
        evidence.showPublicly(item, version, true);
        approve(claimId, Verdict.TRUE, "The port's figures agree.");
        var first = get("/published/claims/" + claimId);
        assertThat(first.body()).contains("Port statistics " + marker);
        String etag = first.headers().firstValue("ETag").orElseThrow();

        signIn(checker);
        var shown = evidence.list(claimId).getFirst();
        assertThat(shown.shownPublicly()).isTrue();
        evidence.edit(
                item,
                shown.version(),
                EvidenceForms.source(
                        "Port statistics, revised " + marker,
                        "https://port.example/" + marker,
                        SourceType.DATASET,
                        Stance.SUPPORTS));
        assertThat(evidence.list(claimId).getFirst().shownPublicly()).isFalse();
        var after = http.send(
                HttpRequest.newBuilder(uri("/published/claims/" + claimId))
                        .header("If-None-Match", etag)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(after.statusCode()).as("the page changed").isEqualTo(200);
        assertThat(after.body()).doesNotContain("Port statistics");

        signIn(editor);
        var edited = evidence.list(claimId).getFirst();
        evidence.showPublicly(item, edited.version(), true);
        assertThat(get("/published/claims/" + claimId).body()).contains("Port statistics, revised " + marker);
    }
}
