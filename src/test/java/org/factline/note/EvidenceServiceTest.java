package org.factline.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.factline.article.ArticleFixtures;
import org.factline.audit.AuditEntryDetail;
import org.factline.base.ConcurrentEditException;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.note.domain.EvidenceFile;
import org.factline.security.AppRoles.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class EvidenceServiceTest extends AbstractNoteTest {

    @Autowired
    EvidenceService evidence;

    EvidenceServiceTest() {
        super("ev-checker", "ev", "Claim with evidence");
    }

    static EvidenceForm web(String url) {
        return new EvidenceForm(
                null, url, null, SourceType.NEWS_REPORT, Stance.CONTEXT, null, null, null, LocalDate.of(2025, 3, 1));
    }

    @Test
    void a_web_source_is_stored_with_every_field_audited_and_searchable() {
        var item = evidence.add(
                claimId,
                new EvidenceForm(
                        "Ministry notice " + marker,
                        "https://www.mofcom.gov.cn/notice/2025/1",
                        "https://web.archive.org/web/2025/https://www.mofcom.gov.cn/notice/2025/1",
                        SourceType.OFFICIAL_STATEMENT,
                        Stance.REFUTES,
                        "\u51fa\u53e3\u7ba1\u5236 " + marker,
                        "zh_Hans",
                        "Export control " + marker,
                        LocalDate.of(2025, 2, 1)),
                null);

        assertThat(item.urlHost()).isEqualTo("www.mofcom.gov.cn");
        assertThat(item.originalLanguage()).isEqualTo("zh-Hans");
        assertThat(item.addedBy()).isEqualTo("ev-checker");
        assertThat(item.canEdit()).isTrue();
        assertThat(evidence.list(claimId)).extracting(EvidenceDetail::id).containsExactly(item.id());
        assertThat(audit.history("claim", String.valueOf(claimId), 10))
                .extracting(AuditEntryDetail::action)
                .contains("evidence.added");

        var hit = hits("type:evidence").getFirst();
        assertThat(hit.type()).isEqualTo("evidence");
        assertThat(hit.link()).isEqualTo("claims/" + claimId);
        assertThat(hit.publisher()).isEqualTo("www.mofcom.gov.cn");
        assertThat(hit.status()).isEqualTo("refutes");
        assertThat(hits("type:evidence mofcom")).hasSize(1);
        assertThat(hits("type:evidence category:official_statement")).hasSize(1);
    }

    @Test
    void only_web_addresses_are_accepted() {
        for (String bad : new String[] {
            "javascript:alert(1)",
            "ftp://example.org/file",
            "file:///etc/passwd",
            "https://user:secret@example.org/",
            "not a web address",
            "https:///no-host",
            "data:text/html,<script>alert(1)</script>"
        }) {
            assertThatThrownBy(() -> evidence.add(claimId, web(bad), null))
                    .as(bad)
                    .isInstanceOf(ValidationException.class)
                    .satisfies(
                            e -> assertThat(((ValidationException) e).field()).isEqualTo("url"));
        }
        var badArchive = new EvidenceForm(
                null,
                "https://example.org",
                "javascript:alert(1)",
                SourceType.OTHER,
                Stance.CONTEXT,
                null,
                null,
                null,
                null);
        assertThatThrownBy(() -> evidence.add(claimId, badArchive, null))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("archiveUrl"));
        assertThatThrownBy(() -> evidence.add(claimId, web(" "), null))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("web address or upload the file");
        assertThat(evidence.list(claimId)).isEmpty();
    }

    @Test
    void quotes_translations_languages_and_dates_are_checked() {
        var translationOnly = new EvidenceForm(
                null, "https://example.org", null, SourceType.EXPERT, Stance.SUPPORTS, null, null, "Translated", null);
        assertThatThrownBy(() -> evidence.add(claimId, translationOnly, null))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("quote"));
        var badLanguage = new EvidenceForm(
                null, "https://example.org", null, SourceType.EXPERT, Stance.SUPPORTS, "Q", "Chinese!", null, null);
        assertThatThrownBy(() -> evidence.add(claimId, badLanguage, null))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("originalLanguage"));
        var future = new EvidenceForm(
                null,
                "https://example.org",
                null,
                SourceType.EXPERT,
                Stance.SUPPORTS,
                null,
                null,
                null,
                LocalDate.now().plusDays(3));
        assertThatThrownBy(() -> evidence.add(claimId, future, null))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("accessedOn"));
        var noStance =
                new EvidenceForm(null, "https://example.org", null, SourceType.EXPERT, null, null, null, null, null);
        assertThatThrownBy(() -> evidence.add(claimId, noStance, null))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("stance"));
    }

    @Test
    void a_document_is_stored_by_content_type_and_downloads_as_it_was() {
        var item = evidence.add(claimId, web(null), new EvidenceUpload("../../Annual report.pdf", EvidenceForms.PDF));

        assertThat(item.fileName()).isEqualTo("Annual report.pdf");
        assertThat(item.fileType()).isEqualTo("application/pdf");
        assertThat(item.fileSize()).isEqualTo(EvidenceForms.PDF.length);
        var download = evidence.file(item.id());
        assertThat(download.bytes()).isEqualTo(EvidenceForms.PDF);
        assertThat(download.mediaType()).isEqualTo("application/pdf");
        assertThat(download.fileName()).isEqualTo("Annual report.pdf");

        var text = evidence.add(
                claimId, web(null), new EvidenceUpload("transcript.txt", "Minister: no such rule exists.".getBytes()));
        assertThat(text.fileType()).isEqualTo("text/plain");
    }

    @Test
    void too_large_files_programs_scripts_and_web_pages_are_refused_and_nothing_is_stored() {
        assertThatThrownBy(() -> evidence.add(
                        claimId, web(null), new EvidenceUpload("big.pdf", new byte[EvidenceFile.MAX_BYTES + 1])))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("at most 10 MB")
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("file"));
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertThatThrownBy(() -> evidence.add(claimId, web(null), new EvidenceUpload("report.pdf", exe)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("program or script");
        assertThatThrownBy(() -> evidence.add(
                        claimId, web(null), new EvidenceUpload("notes.txt", "#!/bin/sh\nrm -rf ~\n".getBytes())))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("program or script");
        assertThatThrownBy(() -> evidence.add(
                        claimId,
                        web(null),
                        new EvidenceUpload(
                                "page.txt", "<html><body><script>alert(1)</script></body></html>".getBytes())))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("can't be added as evidence");
        assertThatThrownBy(() -> evidence.add(claimId, web(null), new EvidenceUpload("empty.pdf", new byte[0])))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("empty");
        assertThat(evidence.list(claimId)).isEmpty();
    }

    @Test
    void the_type_comes_from_the_content_not_the_name() throws Exception {
        // a real Word document passes; a plain ZIP archive renamed .docx does not
        var word = evidence.add(
                claimId,
                web(null),
                new EvidenceUpload("statement.docx", ArticleFixtures.docx("The ministry said so.")));
        assertThat(word.fileType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        var zipBytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(zipBytes)) {
            zip.putNextEntry(new ZipEntry("payload.exe"));
            zip.write(new byte[] {'M', 'Z', 0, 0});
            zip.closeEntry();
        }
        assertThatThrownBy(() ->
                        evidence.add(claimId, web(null), new EvidenceUpload("report.docx", zipBytes.toByteArray())))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("can't be added as evidence");
        // a PDF sent as "minutes.html" is stored and downloaded as a PDF
        var renamed = evidence.add(claimId, web(null), new EvidenceUpload("minutes.html", EvidenceForms.PDF));
        assertThat(renamed.fileType()).isEqualTo("application/pdf");
        assertThat(renamed.fileName()).isEqualTo("minutes.pdf");
        assertThat(evidence.file(renamed.id()).fileName()).isEqualTo("minutes.pdf");
    }

    @Test
    void who_added_an_item_edits_it_stale_edits_are_refused_and_editors_delete_any() {
        var item = evidence.add(claimId, web("https://example.org/a"), null);
        var changed = evidence.edit(
                item.id(),
                item.version(),
                EvidenceForms.source("Better title", "https://example.org/b", SourceType.DATASET, Stance.SUPPORTS));
        assertThat(changed.title()).isEqualTo("Better title");
        assertThat(changed.urlHost()).isEqualTo("example.org");
        assertThatThrownBy(() -> evidence.edit(item.id(), item.version(), web("https://example.org/c")))
                .isInstanceOf(ConcurrentEditException.class);

        signIn(user("ev-other", Role.FACT_CHECKER));
        assertThatThrownBy(() -> evidence.edit(item.id(), changed.version(), web("https://example.org/d")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> evidence.delete(item.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(evidence.list(claimId).getFirst().canDelete()).isFalse();

        signIn(user("ev-editor", Role.EDITOR));
        assertThat(evidence.list(claimId).getFirst().canDelete()).isTrue();
        evidence.delete(item.id());
        assertThat(evidence.list(claimId)).isEmpty();
        assertThatThrownBy(() -> evidence.file(item.id())).isInstanceOf(ItemNotFoundException.class);
        assertThat(audit.history("claim", String.valueOf(claimId), 10))
                .extracting(AuditEntryDetail::action)
                .contains("evidence.edited", "evidence.deleted");
    }
}
