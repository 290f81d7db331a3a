package org.factline.search;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import io.micrometer.core.instrument.MeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factline.ClusterEngines;
import org.factline.OpenSearchNode;
import org.factline.article.ArticleService;
import org.factline.article.MetadataEdit;
import org.factline.base.ui.EmptyState;
import org.factline.base.ui.MainLayout;
import org.factline.claim.ClaimService;
import org.factline.claim.NewClaim;
import org.factline.search.ui.SearchView;
import org.factline.security.AppRoles.Role;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The search features on the cluster profile: PostgreSQL, the index on a real OpenSearch node,
 * changes reaching it through the outbox. The main cases of {@link SearchServiceTest} and
 * {@link SearchHighlightsTest} run here again, on the OpenSearch twins of the analyzers and the
 * engine's own sharding. The application starts before OpenSearch does (the first test starts it);
 * later OpenSearch is stopped and started again, and last an index that doesn't match the mapping
 * is refused (ordered).
 */
@ActiveProfiles({"test", "cluster"})
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterSearchTest extends AbstractSearchTest {

    private static final EmbeddedPostgres POSTGRES = ClusterEngines.postgres();

    /** Started by the first test: the application starts while the engine is away. */
    @DynamicPropertySource
    static void cluster(DynamicPropertyRegistry registry) {
        ClusterEngines.properties(registry, POSTGRES, OpenSearchNode.unstarted());
    }

    @LocalServerPort
    int port;

    @Autowired
    RemoteIndexSchema schema;

    /** Every test but the first wants the engine up with its indexes (also when run on its own). */
    @BeforeEach
    void engineUp(TestInfo test) {
        if (test.getTestMethod().orElseThrow().getName().startsWith("the_node_starts_while")) {
            return;
        }
        OpenSearchNode.get();
        await().atMost(Duration.ofSeconds(60)).until(schema::ready);
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        POSTGRES.close();
    }

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ClaimService claims;

    @Autowired
    ArticleService articles;

    @Autowired
    SearchIndexService index;

    @Autowired
    MeterRegistry meters;

    @Autowired
    @Qualifier("searchHealthIndicator")
    HealthIndicator searchHealth;

    @Override
    protected long article(String title, String text) {
        long id = super.article(title, text);
        awaitIndexed();
        return id;
    }

    /** Until every change so far is in the index and searchable (outbox empty, index refreshed). */
    void awaitIndexed() {
        awaitEvents();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject("select count(*) from hsearch_outbox_event", Long.class) == 0);
        Search.mapping(entityManagerFactory).scope(Object.class).workspace().refresh();
    }

    /**
     * The application started with OpenSearch stopped (a fresh engine, no indexes yet): sign-in
     * answers, saving works and the change waits in the outbox, searching says the engine is
     * unavailable, and one WARN said so. Once the engine runs, the indexes are created in the
     * background and the change reaches them.
     */
    @Test
    @Order(0)
    void the_node_starts_while_opensearch_is_down_and_creates_its_indexes_when_it_answers(CapturedOutput output)
            throws Exception {
        var node = OpenSearchNode.unstarted();
        assertThat(node.started()).isFalse();
        assertThat(schema.ready()).isFalse();
        var login = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("_csrf");

        long id = super.article("Written before the engine ran", "The lighthouse keeper retired in the autumn.");
        assertThat(id).isPositive();
        awaitEvents();
        assertThat(jdbc.queryForObject("select count(*) from hsearch_outbox_event", Long.class))
                .as("the change waits in the outbox")
                .isPositive();
        assertThatThrownBy(() -> hits("lighthouse"))
                .isInstanceOf(SearchUnavailableException.class)
                .hasMessage(SearchUnavailableException.MESSAGE);
        assertThat(search.suggest(marker + " lightho", 5)).isEmpty();
        Thread.sleep(3_500); // the background tries after 1 and 3 s find it away too, quietly

        node.start();
        long begin = System.nanoTime();
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(200))
                .pollInSameThread() // signed in on this thread
                .ignoreException(SearchUnavailableException.class)
                .untilAsserted(() -> assertThat(titles("lighthouse")).containsExactly("Written before the engine ran"));
        System.out.printf(
                "Started without the engine: the change was searchable %d ms after the engine was green%n",
                (System.nanoTime() - begin) / 1_000_000);
        assertThat(schema.ready()).isTrue();
        String log = output.getAll();
        assertThat(log.split("this node runs without search until it does", -1))
                .as("one WARN for the indexes that wait, none per attempt")
                .hasSize(2);
        assertThat(log.split("changes wait in the outbox and are indexed when it is back", -1))
                .as("one WARN for the change that waits, none per attempt")
                .hasSize(2);
        assertThat(log)
                .contains("The search engine answers (after")
                .doesNotContain("HSEARCH400588")
                .as("no stack traces for the changes tried before the indexes existed")
                .doesNotContain("Search indexing failed");
    }

    /**
     * An existing index that doesn't match the mapping is refused with a message that says what to
     * do, as at every start (here: an article index whose text field is a number).
     */
    @Test
    @Order(200)
    void an_index_that_does_not_match_the_mapping_is_reported() throws Exception {
        var http = HttpClient.newHttpClient();
        String engine = "http://" + OpenSearchNode.get().hosts();
        var aliases = http.send(
                HttpRequest.newBuilder(URI.create(engine + "/article-read/_alias"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(aliases.statusCode()).as(aliases.body()).isEqualTo(200);
        String name = JsonMapper.builder()
                .build()
                .readTree(aliases.body())
                .propertyNames()
                .iterator()
                .next();
        var deleted = http.send(
                HttpRequest.newBuilder(URI.create(engine + "/" + name)).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
        var created = http.send(
                HttpRequest.newBuilder(URI.create(engine + "/" + name))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("""
                                {"aliases": {"article-read": {}, "article-write": {"is_write_index": true}},
                                 "mappings": {"properties": {"text": {"type": "long"}}}}"""))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);

        assertThatThrownBy(() -> schema.createOrValidate(() -> {}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("must be deleted (it is created again and filled from the database)")
                .hasMessageContaining("article");
    }

    @Test
    @Order(1)
    void the_index_lives_on_opensearch_with_engine_shards() {
        var backend = Search.mapping(entityManagerFactory).backend();
        assertThat(backend.unwrap(org.hibernate.search.backend.elasticsearch.ElasticsearchBackend.class))
                .isNotNull();
        article("Engine shards", "Every document goes to the shard of its id, chosen by OpenSearch.");

        assertThat(titles("shard")).containsExactly("Engine shards");
        signIn(ADMIN);
        var status = index.status();
        assertThat(status.sizeBytes()).as("index size from the engine's stats").isPositive();
        assertThat(status.types())
                .filteredOn(t -> t.type().equals("Article"))
                .singleElement()
                .satisfies(t -> assertThat(t.indexed()).isEqualTo(t.database()));
    }

    @Test
    @Order(2)
    void names_word_forms_accents_and_typos_are_analysed_as_on_lucene() {
        article(
                "Model names",
                "The lab released DeepSeek-V3 and later compared it with Qwen2.5 and GPT-4o."
                        + " Nvidia's H20 accelerator was built for the Chinese market.");
        article("Controls", "Officials said exporting controls on semiconductors were tightened. The café was naïve.");

        for (String q : List.of("DeepSeek-V3", "deepseek", "H20", "Qwen2.5", "qwen", "GPT-4o", "Nvidia")) {
            assertThat(titles(q)).as(q).containsExactly("Model names");
        }
        assertThat(titles("H21")).isEmpty();
        assertThat(titles("export control")).containsExactly("Controls");
        assertThat(titles("naive cafe")).containsExactly("Controls");
        assertThat(titles("of semiconductors")).as("stop words as written").isEmpty();
        assertThat(titles("semicondutor")).as("one typo").containsExactly("Controls");
        assertThat(search.search(marker + " semicondutor", SearchSort.RELEVANCE, 0, 10)
                        .fuzzy())
                .isTrue();
        assertThat(titles("rivr")).as("short words: no typo tolerance").isEmpty();
        SearchResults typo = search.search(marker + " semicondutor", SearchSort.RELEVANCE, 0, 10);
        assertThat(typo.didYouMean(marker + " semicondutor")).isEqualTo(marker + " semiconductors");
        assertThat(typo.hits().getFirst().snippetHtml())
                .as("the matched word is marked as an exact match is")
                .contains("<mark>semiconductors</mark>");
    }

    @Test
    @Order(3)
    void phrases_prefixes_highlights_and_bad_syntax() {
        article(
                "Export controls on Qwen2.5 servers",
                "Officials said export rules changed. The new export controls cover servers running Qwen2.5,"
                        + " and a later control list added semiconductors. Before <script>x</script> the end.");

        SearchHit word = hits("controlling").getFirst();
        assertThat(word.titleHtml()).isEqualTo("Export <mark>controls</mark> on Qwen2.5 servers");
        assertThat(word.snippetHtml()).contains("<mark>controls</mark>").contains("<mark>control</mark>");
        assertThat(hits("\"export controls\"").getFirst().snippetHtml())
                .contains("<mark>export</mark> <mark>controls</mark>")
                .doesNotContain("<mark>export</mark> rules");
        assertThat(hits("semicond*").getFirst().snippetHtml()).contains("<mark>semiconductors</mark>");
        assertThat(hits("end").getFirst().snippetHtml()).doesNotContain("<script");

        var unclosed = search.search(marker + " \"servers running", SearchSort.RELEVANCE, 0, 10);
        assertThat(unclosed.warnings()).anyMatch(w -> w.contains("closing quote"));
        assertThat(unclosed.hits()).hasSize(1);
    }

    @Test
    @Order(4)
    void facets_filters_autocomplete_and_similar_claims() {
        var claim = claims.create(new NewClaim(
                marker + " Nvidia sold H20 accelerators to Chinese cloud companies",
                "Huawei",
                LocalDate.of(2025, 3, 4),
                Set.of("chips")));
        article("H20 article", "H20 accelerators were discussed.");

        assertThat(hits("type:claim")).extracting(SearchHit::id).containsExactly(claim.id());
        assertThat(hits("tag:chips author:huawei year:2025")).hasSize(1);
        assertThat(hits("before:2025-03 type:claim")).isEmpty();
        var all = search.search(marker + " accelerators", SearchSort.RELEVANCE, 0, 10);
        assertThat(all.total()).isEqualTo(2);
        assertThat(all.facets())
                .filteredOn(f -> f.filter() == SearchFilter.TYPE)
                .singleElement()
                .satisfies(f -> assertThat(f.values())
                        .containsExactlyInAnyOrder(
                                new SearchFacet.Value("claim", 1), new SearchFacet.Value("article", 1)));
        assertThat(all.facets()).anyMatch(f -> f.filter() == SearchFilter.YEAR);

        assertThat(search.suggest(marker + " nvid", 5))
                .extracting(Suggestion::id)
                .containsExactly(claim.id());
        assertThat(search.similar("claim", "Chinese cloud companies bought Nvidia H20 accelerators", null, 5))
                .extracting(SimilarItem::id)
                .contains(claim.id());
    }

    @Test
    @Order(5)
    void visibility_follows_roles_and_edits_reach_the_index() {
        long id = article("Original headline", "Text about lithography machines.");
        signIn(user("cluster-editor", Role.EDITOR));
        articles.updateMetadata(
                id,
                articles.get(id).summary().version(),
                new MetadataEdit("Corrected headline", null, "Example Wire", null, "en", null));
        articles.archive(id, articles.get(id).summary().version());
        awaitIndexed();
        assertThat(titles("lithography")).as("editors find archived articles").containsExactly("Corrected headline");
        signIn("search-checker");
        assertThat(titles("lithography")).as("fact-checkers don't").isEmpty();

        String name = user(unique("clusteruser"), Role.FACT_CHECKER);
        awaitIndexed();
        assertThat(search.search(name, SearchSort.RELEVANCE, 0, 10).hits()).isEmpty();
        signIn(ADMIN);
        assertThat(search.search(name, SearchSort.RELEVANCE, 0, 10).hits())
                .extracting(SearchHit::type)
                .containsExactly("user");
    }

    /**
     * An admin's rebuild of the shared index: Hibernate Search purges it first with
     * {@code _delete_by_query} (OpenSearch's reindex module), then fills it from the database.
     */
    @Test
    @Order(6)
    void an_admins_rebuild_purges_and_refills_the_index_on_opensearch() throws Exception {
        String marker = unique("rebuilt");
        article(marker + " report", "Text about a rebuilt index and " + marker + ".");
        signIn(ADMIN);
        var done = index.rebuild().get(5, java.util.concurrent.TimeUnit.MINUTES);
        assertThat(done.error()).isNull();
        assertThat(done.state()).isEqualTo(RebuildProgress.State.DONE);
        assertThat(done.done()).isPositive();
        awaitIndexed();
        signIn("search-checker");
        assertThat(titles(marker)).containsExactly(marker + " report");
    }

    @Autowired
    ApplicationContext context;

    /** The search page in a Karibu UI, signed in as the test's fact-checker. */
    private void openSearchPage(String query) {
        MockVaadin.setup(
                UI::new, new MockSpringServlet(new Routes().autoDiscoverViews("org.factline"), context, UI::new));
        var principal = signIn("search-checker");
        var request = (FakeRequest) ((VaadinServletRequest) VaadinRequest.getCurrent()).getRequest();
        request.setUserPrincipalInt(SecurityContextHolder.getContext().getAuthentication());
        request.setUserInRole((p, role) -> principal.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
        UI.getCurrent().navigate(MainLayout.SEARCH_ROUTE, QueryParameters.simple(Map.of("q", query)));
    }

    /**
     * OpenSearch away: saving still works, the change waits in the outbox, searching says the
     * engine is unavailable (suggestions go quiet) and the search page says so and tries again;
     * back: the change reaches the index by itself and the page's next try shows it.
     */
    @Test
    @Order(100)
    void with_opensearch_stopped_changes_wait_in_the_outbox_and_arrive_when_it_is_back() {
        var node = OpenSearchNode.get();
        long begin = System.nanoTime();
        node.stop();
        try {
            long id = super.article("Written during the outage", "The harbour crane fell over in the storm.");
            assertThat(id).isPositive();
            awaitEvents();
            assertThat(jdbc.queryForObject("select count(*) from hsearch_outbox_event", Long.class))
                    .as("the change waits in the outbox")
                    .isPositive();
            assertThat(meters.get("factline.search.index.lag").gauge().value())
                    .as("the index lag meter shows the backlog")
                    .isPositive();
            var down = searchHealth.health(true);
            assertThat(down.getStatus()).isEqualTo(Status.DOWN);
            assertThat(down.getDetails()).containsEntry("backend", "opensearch");
            assertThatThrownBy(() -> hits("crane"))
                    .isInstanceOf(SearchUnavailableException.class)
                    .hasMessage("Search is unavailable \u2014 retrying\u2026");
            assertThat(search.suggest(marker + " harb", 5)).isEmpty();

            openSearchPage(marker + " crane");
            assertThat(_get(EmptyState.class).getElement().getTextRecursively())
                    .contains("Search is unavailable — retrying…");
            assertThat(UI.getCurrent().getPollInterval())
                    .as("the page tries again")
                    .isEqualTo(5_000);
        } finally {
            node.start();
        }
        try {
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .pollInSameThread() // signed in on this thread
                    .ignoreException(SearchUnavailableException.class)
                    .untilAsserted(() -> assertThat(titles("crane")).containsExactly("Written during the outage"));
            assertThat(searchHealth.health(true).getStatus()).isEqualTo(Status.UP);
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(meters.get("factline.search.index.lag")
                                    .gauge()
                                    .value())
                            .isZero());
            var ui = UI.getCurrent();
            ComponentUtil.fireEvent(ui, new PollEvent(ui, true)); // the page's next try
            assertThat(_get(SearchView.class).getElement().getTextRecursively()).contains("1 result");
            assertThat(LocatorJ._find(EmptyState.class))
                    .as("no 'unavailable' left")
                    .isEmpty();
            assertThat(ui.getPollInterval())
                    .as("no more tries once search answers")
                    .isEqualTo(-1);
        } finally {
            MockVaadin.tearDown();
        }
        System.out.printf(
                "Outage test: stopped, saved, restarted and caught up in %d ms%n",
                (System.nanoTime() - begin) / 1_000_000);
    }
}
