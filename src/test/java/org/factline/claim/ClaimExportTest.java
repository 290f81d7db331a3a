package org.factline.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.factline.AbstractIntegrationTest;
import org.factline.article.ArticleImportService;
import org.factline.article.PasteFormat;
import org.factline.base.export.ExportFormat;
import org.factline.review.ReviewService;
import org.factline.security.AppRoles.Role;
import org.factline.security.SystemAuthentication;
import org.factline.vote.VoteService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The claims export: the list's claims, filters and orders, with tallies, parsed back from both formats. */
class ClaimExportTest extends AbstractIntegrationTest {

    @Autowired
    ClaimExport export;

    @Autowired
    ClaimService claims;

    @Autowired
    ClaimAssignments assignments;

    @Autowired
    VoteService votes;

    @Autowired
    ReviewService review;

    @Autowired
    ArticleImportService imports;

    String checker;
    String tag;
    long quoted;
    long chinese;
    long formula;
    long verified;

    @BeforeEach
    void claimsWithAwkwardTextAndVotes() {
        checker = user("export-checker", Role.FACT_CHECKER);
        signIn(checker);
        tag = unique("export");
        long article = imports.importPaste(
                        tag + " briefing",
                        "The ministry said on Monday that chip exports to the region rose 40 percent in " + tag + ".",
                        PasteFormat.TEXT)
                .articleId();
        quoted = claims.createFromPassage(
                        new NewClaim(
                                "Exports rose \"40 percent\", the ministry said, in one year " + tag,
                                "Ministry of Trade",
                                LocalDate.of(2025, 3, 4),
                                Set.of(tag, "trade")),
                        article,
                        "chip exports to the region rose 40 percent",
                        -1)
                .id();
        chinese = claims.create(new NewClaim("美国商务部称出口管制覆盖四十个国家 " + tag, "商务部", null, Set.of(tag)))
                .id();
        formula = claims.create(new NewClaim("=HYPERLINK(\"http://evil.example\") " + tag, null, null, Set.of(tag)))
                .id();
        verified = claims.create(new NewClaim("-40 percent is the real figure " + tag, null, null, Set.of(tag)))
                .id();
        vote(quoted, "export-a", Verdict.TRUE);
        vote(quoted, "export-b", Verdict.FALSE);
        vote(quoted, "export-c", Verdict.UNVERIFIABLE);
        vote(chinese, "export-a", Verdict.MOSTLY_TRUE);
        assignments.assign(chinese, null, checker);
        String proposer = user("export-proposer", Role.FACT_CHECKER);
        signIn(proposer);
        review.propose(verified, Verdict.MOSTLY_FALSE, "The official figure is lower.");
        signIn(user("export-editor", Role.EDITOR));
        review.approve(verified, claims.get(verified).summary().version());
        signIn(checker);
    }

    @Test
    void csv_parses_back_to_the_lists_claims_with_tally_tags_and_appearances() throws Exception {
        List<CSVRecord> rows = csv(write(byTag(), ClaimOrder.NEWEST, ExportFormat.CSV));

        assertThat(rows.stream().map(r -> Long.parseLong(r.get("id"))))
                .containsExactly(verified, formula, chinese, quoted);
        var first = row(rows, quoted);
        assertThat(first.get("text")).isEqualTo("Exports rose \"40 percent\", the ministry said, in one year " + tag);
        assertThat(first.get("claimant")).isEqualTo("Ministry of Trade");
        assertThat(first.get("claim_date")).isEqualTo("2025-03-04");
        assertThat(first.get("status")).isEqualTo("in_review");
        assertThat(first.get("tags")).contains(tag).contains("trade");
        assertThat(first.get("appearances")).isEqualTo("1");
        assertThat(first.get("votes")).isEqualTo("3");
        assertThat(first.get("votes_true")).isEqualTo("1");
        assertThat(first.get("votes_false")).isEqualTo("1");
        assertThat(first.get("votes_unverifiable")).isEqualTo("1");
        assertThat(first.get("votes_mixed")).isEqualTo("0");
        assertThat(Double.parseDouble(first.get("vote_mean"))).isEqualTo(3.0);
        assertThat(Double.parseDouble(first.get("vote_dispersion"))).isCloseTo(2.0, within(1e-9));
        assertThat(first.get("created_by")).isEqualTo(checker);

        assertThat(row(rows, chinese).get("text")).isEqualTo("美国商务部称出口管制覆盖四十个国家 " + tag);
        assertThat(row(rows, chinese).get("claimant")).isEqualTo("商务部");
        assertThat(row(rows, chinese).get("assignee")).isEqualTo(checker);
        assertThat(row(rows, chinese).get("vote_dispersion")).isEmpty(); // one scored vote disputes nothing
        assertThat(row(rows, formula).get("text")).isEqualTo("'=HYPERLINK(\"http://evil.example\") " + tag);
        assertThat(row(rows, verified).get("text")).isEqualTo("'-40 percent is the real figure " + tag);
        assertThat(row(rows, verified).get("status")).isEqualTo("verified");
        assertThat(row(rows, verified).get("verdict")).isEqualTo("mostly_false");
        assertThat(row(rows, verified).get("verified_at")).isNotEmpty();
        assertThat(row(rows, formula).get("verdict")).isEmpty();
    }

    @Test
    void json_parses_back_with_numbers_arrays_and_nulls() {
        JsonNode array = JsonMapper.builder().build().readTree(write(byTag(), ClaimOrder.NEWEST, ExportFormat.JSON));

        assertThat(StreamSupport.stream(array.spliterator(), false)
                        .map(n -> n.get("id").asLong()))
                .containsExactly(verified, formula, chinese, quoted);
        JsonNode first = array.get(3);
        assertThat(first.get("text").asString())
                .isEqualTo("Exports rose \"40 percent\", the ministry said, in one year " + tag);
        assertThat(first.get("votes").asInt()).isEqualTo(3);
        assertThat(first.get("votes_true").asLong()).isEqualTo(1);
        assertThat(first.get("vote_dispersion").asDouble()).isCloseTo(2.0, within(1e-9));
        assertThat(first.get("tags").isArray()).isTrue();
        assertThat(first.get("appearances").asLong()).isEqualTo(1);
        assertThat(array.get(1).get("text").asString()).startsWith("=HYPERLINK"); // JSON carries the text as typed
        assertThat(array.get(1).get("verdict").isNull()).isTrue();
        assertThat(array.get(2).get("claimant").asString()).isEqualTo("商务部");
    }

    @Test
    void every_order_of_the_list_is_the_exports_order() {
        for (ClaimOrder order : ClaimOrder.values()) {
            assertThat(exportedIds(byTag(), order)).as(order.name()).containsExactlyElementsOf(listed(byTag(), order));
        }
    }

    @Test
    void the_lists_filters_narrow_the_export_for_the_person_exporting() {
        var mine = byTag().withAssignee(AssigneeFilter.me());
        assertThat(exportedIds(mine, ClaimOrder.NEWEST)).containsExactly(chinese);
        var needsMyVote = byTag().withNeedsMyVote(true);
        assertThat(exportedIds(needsMyVote, ClaimOrder.NEWEST))
                .containsExactlyElementsOf(listed(needsMyVote, ClaimOrder.NEWEST));
        var text = new ClaimFilter("商务部", null, tag, null);
        assertThat(exportedIds(text, ClaimOrder.NEWEST)).containsExactly(chinese);
        var status = new ClaimFilter(null, ClaimStatus.VERIFIED, tag, null);
        assertThat(exportedIds(status, ClaimOrder.NEWEST)).containsExactly(verified);
    }

    @Test
    void an_admin_without_the_editor_role_may_not_export_claims() {
        signIn(user("export-admin-only", Role.ADMIN));
        assertThatThrownBy(() -> write(byTag(), ClaimOrder.NEWEST, ExportFormat.CSV))
                .isInstanceOf(AccessDeniedException.class);
    }

    private ClaimFilter byTag() {
        return new ClaimFilter(null, null, tag, null);
    }

    private List<Long> listed(ClaimFilter filter, ClaimOrder order) {
        return claims.find(filter, 0, 100, order.sort()).stream()
                .map(ClaimSummary::id)
                .toList();
    }

    private List<Long> exportedIds(ClaimFilter filter, ClaimOrder order) {
        return csv(write(filter, order, ExportFormat.CSV)).stream()
                .map(r -> Long.parseLong(r.get("id")))
                .toList();
    }

    private String write(ClaimFilter filter, ClaimOrder order, ExportFormat format) {
        var out = new ByteArrayOutputStream();
        export.write(filter, order, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static List<CSVRecord> csv(String text) {
        try {
            return new ArrayList<>(CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new StringReader(text))
                    .getRecords());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static CSVRecord row(List<CSVRecord> rows, long id) {
        return rows.stream()
                .filter(r -> r.get("id").equals(String.valueOf(id)))
                .findFirst()
                .orElseThrow();
    }

    private void vote(long claimId, String who, Verdict verdict) {
        SystemAuthentication.runAs(who, () -> votes.castVote(claimId, verdict, null));
    }
}
