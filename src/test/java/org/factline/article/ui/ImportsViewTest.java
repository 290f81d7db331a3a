package org.factline.article.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.sun.net.httpserver.HttpServer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.net.InetSocketAddress;
import org.factline.AbstractAppTest;
import org.factline.article.ImportItemState;
import org.factline.article.ImportJobDriver;
import org.factline.article.ImportJobFixtures;
import org.factline.article.ImportJobSummary;
import org.factline.article.ImportJobs;
import org.factline.base.ui.NotFoundView;
import org.factline.security.AppRoles.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

class ImportsViewTest extends AbstractAppTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ImportJobs jobs;

    @Autowired
    JdbcTemplate jdbc;

    private HttpServer server;
    private String base;
    private String subject;

    @BeforeEach
    void web() throws Exception {
        ImportJobDriver.cancelOpenItems(context);
        subject = marker("imports");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith("/gone")) {
                ImportJobFixtures.answer(exchange, 404, "");
            } else {
                ImportJobFixtures.answer(exchange, 200, ImportJobFixtures.page(subject, path.hashCode() & 0xffff));
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private ImportJobSummary submit(String label, String... paths) {
        signIn(user("ui-jobs", Role.FACT_CHECKER));
        return jobs.submitUrls(
                label, java.util.Arrays.stream(paths).map(p -> base + p).toList());
    }

    private ImportsView open() {
        UI.getCurrent().navigate(ImportsView.class);
        return _get(ImportsView.class);
    }

    private static int row(ImportsView view, long jobId) {
        for (int i = 0; i < GridKt._size(view.grid); i++) {
            if (GridKt._get(view.grid, i).id() == jobId) {
                return i;
            }
        }
        throw new AssertionError("job " + jobId + " not listed");
    }

    @Test
    void jobs_are_listed_newest_first_with_their_progress_and_update_live() {
        login(user("ui-jobs", Role.FACT_CHECKER));
        var older = submit("Older " + subject, "/a");
        var newer = submit("Newer " + subject, "/b", "/c", "/gone");
        login("ui-jobs");
        var view = open();
        assertThat(view.grid.isVisible()).isTrue();
        assertThat(row(view, newer.id())).isLessThan(row(view, older.id()));
        var progress = (Div) GridKt._getCellComponent(view.grid, row(view, newer.id()), "progress");
        assertThat(progress.getElement().getTextRecursively()).contains("0 done · 0 failed · 3 pending (of 3)");

        assertThat(ImportJobDriver.workAll(context)).isEqualTo(4);
        // the worker's changes reach the open page as (coalesced) live updates
        awaitUi(() -> assertThat(view.liveRefreshes).as("live updates").isPositive());
        assertThat(view.liveRefreshes).as("coalesced, not one per change").isLessThan(8);

        var reopened = open();
        var cell = (Div) GridKt._getCellComponent(reopened.grid, row(reopened, newer.id()), "progress");
        assertThat(cell.getElement().getTextRecursively()).contains("2 done · 1 failed · 0 pending (of 3)");
        assertThat(_get(cell, ProgressBar.class).getValue()).isEqualTo(1.0);
        var actions = (Div) GridKt._getCellComponent(reopened.grid, row(reopened, newer.id()), "actions");
        assertThat(_find(actions, Button.class)).extracting(Button::getText).containsExactly("Retry failed");
    }

    @Test
    void a_job_is_cancelled_after_confirmation() {
        login(user("ui-jobs", Role.FACT_CHECKER));
        var job = submit("To cancel " + subject, "/x", "/y");
        login("ui-jobs");
        var view = open();
        var actions = (Div) GridKt._getCellComponent(view.grid, row(view, job.id()), "actions");
        _click(_get(actions, Button.class, spec -> spec.withText("Cancel")));
        var confirm = _get(ConfirmDialog.class);
        ConfirmDialogKt._fireConfirm(confirm);
        var cancelled = jobs.job(job.id());
        assertThat(cancelled.cancelled()).isEqualTo(2);
        assertThat(cancelled.cancelledBy()).isEqualTo("ui-jobs");
    }

    @Test
    void retry_failed_on_the_job_page_works_the_failed_items_again() {
        login(user("ui-jobs", Role.FACT_CHECKER));
        var job = submit("With a failure " + subject, "/gone/1", "/ok");
        ImportJobDriver.workAll(context);
        login("ui-jobs");
        UI.getCurrent().navigate("imports/" + job.id());
        var page = _get(ImportJobView.class);
        var items = page.items.getGenericDataView().getItems().toList();
        assertThat(items).extracting(i -> i.state()).containsExactly(ImportItemState.FAILED, ImportItemState.DONE);
        var link = (com.vaadin.flow.component.html.Anchor) GridKt._getCellComponent(page.items, 1, "article");
        assertThat(link.getHref()).isEqualTo("articles/" + items.get(1).articleId());

        _click(_get(page.header, Button.class, spec -> spec.withText("Retry failed")));
        assertThat(jobs.job(job.id()).pending()).isEqualTo(1);
        awaitUi(() -> assertThat(page.items
                        .getGenericDataView()
                        .getItems()
                        .toList()
                        .getFirst()
                        .state())
                .isEqualTo(ImportItemState.PENDING));
    }

    @Test
    void no_jobs_show_the_empty_state() {
        jdbc.update("delete from import_job");
        login(user("ui-jobs", Role.FACT_CHECKER));
        var view = open();
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.grid.isVisible()).isFalse();
        assertThat(view.empty.getElement().getTextRecursively()).contains("No imports yet");
    }

    @Test
    void someone_who_is_not_a_fact_checker_watches_but_cannot_cancel_or_retry() {
        var job = submit("Watched " + subject, "/gone/2", "/z");
        login(user("ui-jobs-admin", Role.ADMIN));
        var view = open();
        var actions = (Div) GridKt._getCellComponent(view.grid, row(view, job.id()), "actions");
        assertThat(_find(actions, Button.class)).isEmpty();
        UI.getCurrent().navigate("imports/" + job.id());
        assertThat(_find(_get(ImportJobView.class).header, Button.class)).isEmpty();
    }

    @Test
    void someone_not_signed_in_is_sent_to_login() {
        assertSentToLogin("imports");
    }

    @Test
    void an_unknown_job_shows_not_found() {
        login(user("ui-jobs", Role.FACT_CHECKER));
        UI.getCurrent().navigate("imports/999999999");
        assertThat(_find(ImportJobView.class)).isEmpty();
        _get(NotFoundView.class);
    }
}
