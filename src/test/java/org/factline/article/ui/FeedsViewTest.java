package org.factline.article.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.sun.net.httpserver.HttpServer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.factline.AbstractAppTest;
import org.factline.article.ArticleFixtures;
import org.factline.article.FeedForm;
import org.factline.article.FeedService;
import org.factline.article.FeedSummary;
import org.factline.article.ImportJobDriver;
import org.factline.security.AppRoles.Role;
import org.factline.security.SystemAuthentication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

class FeedsViewTest extends AbstractAppTest {

    @Autowired
    org.springframework.context.ApplicationContext appContext;

    @Autowired
    FeedService service;

    HttpServer site;
    String base;

    @BeforeEach
    void startSite() throws Exception {
        removeFeeds();
        site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        base = "http://127.0.0.1:" + site.getAddress().getPort();
        ArticleFixtures.serve(
                site,
                "/feed.xml",
                "application/rss+xml",
                "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Desk wire</title>"
                        + "<item><title>One</title><link>" + base + "/story</link></item></channel></rss>");
        ArticleFixtures.serve(
                site,
                "/story",
                "text/html",
                ArticleFixtures.NEWS_PAGE
                        .replace("Commerce tightens", unique("Feed view story"))
                        .replace("tech/chip-rules", unique("feedview"))
                        .replace("on Tuesday", unique("on Tuesday")));
        ArticleFixtures.serve(site, "/page.html", "text/html; charset=utf-8", ArticleFixtures.NEWS_PAGE);
        site.start();
    }

    @AfterEach
    void stopSite() {
        removeFeeds();
        site.stop(0);
    }

    private void removeFeeds() {
        var previous = SecurityContextHolder.getContext();
        SystemAuthentication.runAsSystem(() -> service.feeds().forEach(f -> service.delete(f.id())));
        SecurityContextHolder.setContext(previous);
    }

    private FeedsView open(String user) {
        login(user);
        UI.getCurrent().navigate(FeedsView.class);
        return _get(FeedsView.class);
    }

    private FeedSummary feedViaService() {
        return SystemAuthentication.runAsSystem(
                () -> service.add(new FeedForm(base + "/feed.xml", Duration.ofMinutes(30), true)));
    }

    @Test
    void a_fact_checker_adds_a_feed_and_polls_it_now() {
        var view = open(user("feedview-checker", Role.FACT_CHECKER));
        assertThat(view.empty.isVisible()).isTrue();

        _click(_get(Button.class, spec -> spec.withText("Add the first feed")));
        var dialog = _get(FeedDialog.class);
        assertThat(dialog.interval.getValue()).as("the default interval").isEqualTo(60);
        _setValue(dialog.address, base + "/feed.xml");
        _setValue(dialog.interval, 15);
        _click(dialog.save);

        NotificationsKt.expectNotifications("Added Desk wire");
        assertThat(view.empty.isVisible()).isFalse();
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        var feed = GridKt._get(view.grid, 0);
        assertThat(feed.interval()).isEqualTo(Duration.ofMinutes(15));
        assertThat(feed.lastPolledAt()).isNull();

        ImportJobDriver.cancelOpenItems(appContext);
        view.pollNow(feed);

        awaitUi(() -> assertThat(GridKt._get(view.grid, 0).lastResult()).startsWith("1 new: importing (import job"));
        NotificationsKt.expectNotifications(
                "Polling Desk wire\u2026",
                "Desk wire: " + GridKt._get(view.grid, 0).lastResult());
        assertThat(ImportJobDriver.workAll(appContext)).isEqualTo(1);
        awaitUi(() -> assertThat(GridKt._get(view.grid, 0).lastResult())
                .as("the job's progress reaches the page by itself")
                .isEqualTo("1 new: 1 imported"));
        assertThat(FeedsView.counts(GridKt._get(view.grid, 0)))
                .isEqualTo("1 seen \u00b7 1 imported \u00b7 0 duplicate \u00b7 0 failed");
    }

    @Test
    void an_address_that_is_no_feed_is_shown_on_the_field_and_nothing_is_added() {
        var view = open(user("feedview-checker", Role.FACT_CHECKER));
        view.openNew();
        var dialog = _get(FeedDialog.class);
        _setValue(dialog.address, base + "/page.html");
        _click(dialog.save);

        assertThat(dialog.address.isInvalid()).isTrue();
        assertThat(dialog.address.getErrorMessage()).contains("not an RSS, Atom or JSON feed");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(service.feeds()).isEmpty();
    }

    @Test
    void a_poll_elsewhere_refreshes_the_page_and_a_feed_is_paused_and_deleted_after_confirming() {
        var feed = feedViaService();
        var view = open(user("feedview-checker", Role.FACT_CHECKER));
        assertThat(GridKt._get(view.grid, 0).lastPolledAt()).isNull();

        service.pollNow(feed.id()); // another person's "Poll now", or the schedule

        awaitUi(() -> assertThat(GridKt._get(view.grid, 0).lastPolledAt()).isNotNull());

        view.toggle(GridKt._get(view.grid, 0));
        NotificationsKt.expectNotifications("Paused Desk wire");
        assertThat(service.feeds().getFirst().active()).isFalse();

        view.confirmDelete(GridKt._get(view.grid, 0));
        var confirm = _get(ConfirmDialog.class);
        assertThat(service.feeds()).as("nothing happens before confirming").hasSize(1);
        ConfirmDialogKt._fireConfirm(confirm);

        NotificationsKt.expectNotifications("Deleted Desk wire");
        assertThat(service.feeds()).isEmpty();
        assertThat(view.empty.isVisible()).isTrue();
    }

    @Test
    void people_without_the_fact_checker_role_see_the_feeds_but_cannot_change_them() {
        feedViaService();
        var view = open(user("feedview-admin", Role.ADMIN));

        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(view.add).isNull();
        assertThat(view.grid.getColumnByKey("actions")).isNull();
        assertThat(_find(Button.class, spec -> spec.withText("New feed"))).isEmpty();
    }

    @Test
    void someone_signed_out_is_sent_to_the_login_page() {
        assertSentToLogin("feeds");
    }
}
