package org.factline.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.factline.audit.AuditLog;
import org.factline.base.ValidationException;
import org.factline.claim.Verdict;
import org.factline.security.AppRoles.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;

/** The admin's publishing settings: who may change them, what they accept, and the public pages using them. */
class PublishingSettingsTest extends AbstractPublicPagesTest {

    @Autowired
    AuditLog audit;

    @Test
    void the_defaults_come_from_the_environment_and_only_admins_read_or_change_the_settings() {
        signIn(user("pub-admin", Role.ADMIN));
        PublishingSettingsDetail detail = publishing.get();
        assertThat(detail.defaults().publicUrl()).isEqualTo(PUBLIC_URL);
        assertThat(detail.defaults().organizationName()).isEqualTo("Factline");
        assertThat(detail.effective().organizationUrl()).isEqualTo(PUBLIC_URL);
        assertThat(detail.effective().showEditorName()).isFalse();

        var form = new PublishingSettingsForm("Harbour Fact Desk", null, null, true);
        for (String user : new String[] {editor, checker}) {
            signIn(user);
            assertThatThrownBy(publishing::get).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> publishing.save(detail.version(), form)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(publishing.current().organizationName()).isEqualTo("Factline");
    }

    @Test
    void addresses_must_be_absolute_web_addresses() {
        String admin = user("pub-admin", Role.ADMIN);
        signIn(admin);
        long version = publishing.get().version();
        assertRefused(version, new PublishingSettingsForm(null, "harbour.example", null, false), "organizationUrl");
        assertRefused(version, new PublishingSettingsForm(null, "/about", null, false), "organizationUrl");
        assertRefused(version, new PublishingSettingsForm(null, null, "ftp://harbour.example", false), "publicUrl");
        assertRefused(version, new PublishingSettingsForm(null, null, "javascript:alert(1)", false), "publicUrl");
        assertRefused(
                version,
                new PublishingSettingsForm(null, null, "https://checks.harbour.example/?x=1", false),
                "publicUrl");
        assertRefused(version, new PublishingSettingsForm("x".repeat(201), null, null, false), "organizationName");

        var saved = publishing.save(
                version,
                new PublishingSettingsForm(
                        "  Harbour   Fact Desk ", "https://harbour.example", "https://checks.harbour.example/", false));
        assertThat(saved.saved().organizationName()).isEqualTo("Harbour Fact Desk");
        assertThat(saved.effective().publicUrl()).as("no trailing slash").isEqualTo("https://checks.harbour.example");
        assertThat(saved.changedBy()).isEqualTo(admin);
        assertThatThrownBy(() -> publishing.save(version, new PublishingSettingsForm(null, null, null, false)))
                .as("a stale form")
                .isInstanceOf(org.factline.base.ConcurrentEditException.class);
        assertThat(audit.myRecentActivity(1).getFirst().action()).isEqualTo("publish.settings-changed");
    }

    @Test
    void the_public_pages_use_the_saved_settings_and_name_the_editor_only_when_asked() throws Exception {
        signIn(checker);
        long claimId = newClaim("Settings claim the ferry runs hourly");
        approve(claimId, Verdict.MOSTLY_TRUE, "Hourly in summer, every two hours in winter.");
        String editorName = "Test " + editor;

        Document before = Jsoup.parse(get("/published/claims/" + claimId).body());
        assertThat(before.text()).doesNotContain(editorName).doesNotContain("approved by");
        String etag =
                get("/published/claims/" + claimId).headers().firstValue("ETag").orElseThrow();

        String admin = user("pub-admin", Role.ADMIN);
        signIn(admin);
        publishing.save(
                publishing.get().version(),
                new PublishingSettingsForm(
                        "Harbour Fact Desk", "https://harbour.example/about", "https://checks.harbour.example", true));

        var response = get("/published/claims/" + claimId);
        assertThat(response.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("header .site-name").text()).isEqualTo("Harbour Fact Desk");
        assertThat(page.select("link[rel=canonical]").attr("href"))
                .isEqualTo("https://checks.harbour.example/published/claims/" + claimId);
        assertThat(meta(page, "og:url")).isEqualTo("https://checks.harbour.example/published/claims/" + claimId);
        assertThat(page.select("section.verdict .approved-by").text()).contains(editorName);
        JsonNode review = jsonLd(page);
        assertThat(review.get("url").asString())
                .isEqualTo("https://checks.harbour.example/published/claims/" + claimId);
        assertThat(review.get("author").get("@type").asString()).isEqualTo("Organization");
        assertThat(review.get("author").get("name").asString()).isEqualTo("Harbour Fact Desk");
        assertThat(review.get("author").get("url").asString()).isEqualTo("https://harbour.example/about");
        assertThat(review.toString())
                .as("the editor is visible text, not JSON-LD")
                .doesNotContain(editorName);

        String atom = get("/published/feed.atom").body();
        assertThat(atom).contains("Harbour Fact Desk", "https://checks.harbour.example/published/claims/" + claimId);
        String raw = rawGet("/published", "evil.example");
        assertThat(raw).contains("https://checks.harbour.example/published").doesNotContain("evil.example");
    }

    private void assertRefused(long version, PublishingSettingsForm form, String field) {
        assertThatThrownBy(() -> publishing.save(version, form))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
