package org.factline.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.factline.article.ArticleService;
import org.factline.article.MetadataEdit;
import org.factline.claim.ClaimService;
import org.factline.claim.NewClaim;
import org.factline.claim.Verdict;
import org.factline.claim.domain.Claim;
import org.factline.review.ReviewService;
import org.factline.security.AppRoles.Role;
import org.factline.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The search service over the real index: analysis of names with digits and hyphens, the query
 * language and its errors, permissions and automatic index updates (highlighting:
 * {@link SearchHighlightsTest}).
 */
class SearchServiceTest extends AbstractSearchTest {

    @Autowired
    SearchIndexService index;

    @Autowired
    ArticleService articles;

    @Autowired
    ClaimService claims;

    @Autowired
    ReviewService review;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    EntityManager entityManager;

    @Test
    void model_and_chip_names_are_found_as_written_and_in_parts() {
        article(
                "Model names",
                "The lab released DeepSeek-V3 and later compared it with Qwen2.5 and GPT-4o."
                        + " Nvidia's H20 accelerator was built for the Chinese market.");
        article("Unrelated", "The weather was mild and the harbour was quiet for most of the week.");

        for (String q : List.of("DeepSeek-V3", "deepseek", "H20", "h20", "Qwen2.5", "qwen", "GPT-4o", "Nvidia")) {
            assertThat(titles(q)).as(q).containsExactly("Model names");
        }
        assertThat(titles("H21")).isEmpty();
        assertThat(titles("\"DeepSeek-V3\"")).containsExactly("Model names");
    }

    @Test
    void every_shard_answers_and_pages_merge_without_gaps_or_repeats() throws Exception {
        var ids = new ArrayList<Long>();
        for (int i = 0; i < 7; i++) {
            long id = article("Shard story " + i, "A report on licence number " + i + " for accelerator exports.");
            var s = articles.get(id).summary();
            articles.updateMetadata(
                    id, s.version(), new MetadataEdit(s.title(), null, null, LocalDate.of(2020 + i, 1, 1), null, null));
            ids.add(id);
        }
        assertThat(ids.stream().map(SearchShards::shardOf).distinct()).hasSize(SearchShards.COUNT);

        var seen = new ArrayList<String>();
        for (int offset = 0; offset < 9; offset += 3) {
            var page = search.results(marker + " licence", SearchSort.NEWEST, offset, 3);
            assertThat(page.total()).isEqualTo(7);
            assertThat(page.totalExact()).isTrue();
            page.hits().forEach(h -> seen.add(h.title()));
            assertThat(page.hits())
                    .as("each shard highlights its own hits")
                    .allSatisfy(h -> assertThat(h.snippetHtml()).contains("<mark>licence</mark>"));
        }
        assertThat(seen)
                .containsExactly(
                        "Shard story 6",
                        "Shard story 5",
                        "Shard story 4",
                        "Shard story 3",
                        "Shard story 2",
                        "Shard story 1",
                        "Shard story 0");
        var years = search.facets(marker + " licence", false).stream()
                .filter(f -> f.filter() == SearchFilter.YEAR)
                .findFirst()
                .orElseThrow();
        assertThat(years.values().stream().map(SearchFacet.Value::value))
                .containsExactly("2026", "2025", "2024", "2023", "2022", "2021", "2020");
        assertThat(years.values().stream().mapToLong(SearchFacet.Value::count).sum())
                .isEqualTo(7);

        // Many searches at once: when the shard helpers are all busy, callers search both shards
        // themselves; every answer stays the same.
        var pool = Executors.newFixedThreadPool(6);
        try {
            var futures = IntStream.range(0, 24)
                    .mapToObj(i -> pool.submit(() -> SystemAuthentication.runAs(
                            "search-checker",
                            () -> search.results(marker + " licence", SearchSort.NEWEST, 0, 7).hits().stream()
                                    .map(SearchHit::title)
                                    .toList())))
                    .toList();
            for (var future : futures) {
                assertThat(future.get(60, TimeUnit.SECONDS)).isEqualTo(seen);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void english_words_match_their_other_forms_and_accents_are_ignored() {
        article("Controls", "Officials said exporting controls on semiconductors were tightened. The café was naïve.");

        assertThat(titles("export control")).containsExactly("Controls");
        assertThat(titles("semiconductor")).containsExactly("Controls");
        assertThat(titles("naive cafe")).containsExactly("Controls");
        assertThat(titles("the")).as("a stop word alone still matches").containsExactly("Controls");
        assertThat(titles("on semiconductors"))
                .as("a stop word with other words")
                .containsExactly("Controls");
        assertThat(titles("of semiconductors")).as("…must be there too").isEmpty();
    }

    @Test
    void typos_in_longer_words_are_forgiven_but_not_in_short_ones() {
        article("Typos", "A new semiconductor plant opened near the river; it makes 7nm chips.");

        assertThat(titles("semicondutor")).containsExactly("Typos");
        assertThat(search.search(marker + " semicondutor", SearchSort.RELEVANCE, 0, 10)
                        .fuzzy())
                .isTrue();
        article("Ships", "Container ships left the river port.");
        assertThat(titles("chips"))
                .as("typos are a fallback: chips does not also find ships")
                .containsExactly("Typos");
        assertThat(search.search(marker + " river", SearchSort.RELEVANCE, 0, 10).fuzzy())
                .isFalse();
        assertThat(titles("rivr")).as("four letters: no fuzzy match").isEmpty();
    }

    @Test
    void phrases_exclusions_or_and_prefixes() {
        article("Alpha", "Chip export rules were widened to more countries.");
        article("Beta", "Rules on chip design export were discussed by Huawei.");

        assertThat(titles("\"chip export\"")).containsExactly("Alpha");
        assertThat(titles("chip -huawei")).containsExactly("Alpha");
        assertThat(titles("widened OR discussed")).containsExactlyInAnyOrder("Alpha", "Beta");
        assertThat(titles("countr*")).containsExactly("Alpha");
        assertThat(titles("rules")).containsExactlyInAnyOrder("Alpha", "Beta");
    }

    @Test
    void bad_syntax_gives_a_message_and_a_best_effort_result() {
        article("Syntax", "A statement about tariffs and quotas.");

        var unclosed = search.search(marker + " \"tariffs and", SearchSort.RELEVANCE, 0, 10);
        assertThat(unclosed.warnings()).anyMatch(w -> w.contains("closing quote"));
        assertThat(unclosed.hits()).extracting(SearchHit::title).containsExactly("Syntax");

        var badDate = search.search(marker + " before:2025-13-45 OR", SearchSort.RELEVANCE, 0, 10);
        assertThat(badDate.warnings()).hasSize(2);
        assertThat(badDate.hits()).extracting(SearchHit::title).containsExactly("Syntax");

        var unknownFilter = search.search(marker + " colour:red ((tariffs", SearchSort.RELEVANCE, 0, 10);
        assertThat(unknownFilter.warnings()).anyMatch(w -> w.contains("not a filter"));

        assertThat(search.search("*** ??? \"\" -", SearchSort.RELEVANCE, 0, 10).hits())
                .as("nothing searchable: no error")
                .isNotNull();
    }

    @Test
    void claims_are_found_with_claimant_tags_and_verdict_filters_and_facets() {
        var claim = claims.create(new NewClaim(
                marker + " Huawei shipped 200,000 Ascend chips last year",
                "Huawei",
                LocalDate.of(2025, 3, 4),
                Set.of("chips")));
        article("Ascend article", "Ascend chips were discussed.");

        assertThat(hits("type:claim")).extracting(SearchHit::id).containsExactly(claim.id());
        assertThat(hits("author:huawei")).extracting(SearchHit::type).containsExactly("claim");
        assertThat(hits("tag:chips")).extracting(SearchHit::id).containsExactly(claim.id());
        assertThat(hits("year:2025 type:claim")).hasSize(1);
        assertThat(hits("before:2025-03 type:claim")).isEmpty();
        assertThat(hits("after:2025-02 type:claim")).hasSize(1);

        var all = search.search(marker + " ascend", SearchSort.RELEVANCE, 0, 10);
        assertThat(all.total()).isEqualTo(2);
        assertThat(all.facets())
                .filteredOn(f -> f.filter() == SearchFilter.TYPE)
                .singleElement()
                .satisfies(f -> assertThat(f.values())
                        .containsExactlyInAnyOrder(
                                new SearchFacet.Value("claim", 1), new SearchFacet.Value("article", 1)));

        review.propose(claim.id(), claims.get(claim.id()).summary().version(), Verdict.MOSTLY_FALSE, "Too high.");
        signIn(user("search-editor", Role.EDITOR));
        review.approve(claim.id(), claims.get(claim.id()).summary().version());

        assertThat(hits("verdict:mostly-false")).extracting(SearchHit::id).containsExactly(claim.id());
        assertThat(hits("verdict:\"mostly false\"")).hasSize(1);
        assertThat(hits("verdict:true")).isEmpty();
    }

    @Test
    void the_index_follows_edits_archiving_and_deletes() {
        long id = article("Original headline", "Text about lithography machines.");
        var summary = articles.get(id).summary();

        signIn(user("search-editor", Role.EDITOR));
        articles.updateMetadata(
                id, summary.version(), new MetadataEdit("Corrected headline", null, "Example Wire", null, "en", null));
        assertThat(titles("corrected")).containsExactly("Corrected headline");
        assertThat(titles("original")).isEmpty();
        assertThat(hits("publisher:\"example wire\"")).hasSize(1);

        articles.archive(id, articles.get(id).summary().version());
        assertThat(titles("lithography"))
                .as("editors still find archived articles")
                .hasSize(1);
        signIn("search-checker");
        assertThat(titles("lithography")).as("fact-checkers don't").isEmpty();

        var claim = claims.create(new NewClaim(marker + " A claim that will be deleted", null, null, Set.of()));
        assertThat(hits("deleted")).hasSize(1);
        transactions.executeWithoutResult(tx -> entityManager.remove(entityManager.find(Claim.class, claim.id())));
        assertThat(hits("deleted")).isEmpty();
    }

    @Test
    void user_accounts_are_found_by_admins_only() {
        String name = user(unique("searchable"), Role.FACT_CHECKER);
        assertThat(search.search(name, SearchSort.RELEVANCE, 0, 10).hits()).isEmpty();

        signIn(ADMIN);
        assertThat(search.search(name, SearchSort.RELEVANCE, 0, 10).hits())
                .extracting(SearchHit::type)
                .containsExactly("user");

        article("Team content", "Only the editorial team finds this.");
        signIn(user("search-admin-only", Role.ADMIN));
        assertThat(hits("editorial"))
                .as("a pure admin manages accounts, not content")
                .isEmpty();
        assertThat(search.search(name, SearchSort.RELEVANCE, 0, 10).hits()).hasSize(1);
    }

    @Test
    void autocomplete_and_similar_claims() {
        var first = claims.create(new NewClaim(
                marker + " Nvidia sold H20 accelerators to Chinese cloud companies", null, null, Set.of()));

        assertThat(search.suggest(marker + " nvid", 5))
                .extracting(Suggestion::id)
                .containsExactly(first.id());
        assertThat(search.suggest("x", 5)).isEmpty();

        assertThat(search.similar("claim", "Chinese cloud companies bought Nvidia H20 accelerators", null, 5))
                .extracting(SimilarItem::id)
                .contains(first.id());
        assertThat(search.similar("claim", first.text(), first.id(), 5))
                .extracting(SimilarItem::id)
                .doesNotContain(first.id());
    }

    @Test
    void newest_first_orders_by_date() {
        claims.create(new NewClaim(marker + " older ordering claim", null, LocalDate.of(2023, 1, 1), Set.of()));
        claims.create(new NewClaim(marker + " newer ordering claim", null, LocalDate.of(2025, 1, 1), Set.of()));

        var newest =
                search.search(marker + " ordering", SearchSort.NEWEST, 0, 10).hits();
        assertThat(newest)
                .extracting(SearchHit::date)
                .containsExactly(LocalDate.of(2025, 1, 1), LocalDate.of(2023, 1, 1));
        var oldest =
                search.search(marker + " ordering", SearchSort.OLDEST, 0, 10).hits();
        assertThat(oldest)
                .extracting(SearchHit::date)
                .containsExactly(LocalDate.of(2023, 1, 1), LocalDate.of(2025, 1, 1));
    }

    @Test
    void only_admins_rebuild_and_the_rebuilt_index_matches_the_database() throws Exception {
        article("Rebuild", "Text indexed before the rebuild.");
        assertThatThrownBy(() -> index.rebuild()).isInstanceOf(AccessDeniedException.class);
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> search.search("x", SearchSort.RELEVANCE, 0, 10))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);

        signIn(ADMIN);
        var done = index.rebuild().get(60, TimeUnit.SECONDS);
        assertThat(done.state()).isEqualTo(RebuildProgress.State.DONE);
        assertThat(done.done()).isPositive();
        var status = index.status();
        assertThat(status.consistent()).as(status.toString()).isTrue();
        assertThat(status.sizeBytes()).isPositive();
        signIn("search-checker");
        assertThat(titles("rebuild")).containsExactly("Rebuild");
    }
}
