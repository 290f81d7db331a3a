package org.factline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.factline.timeline.EventFormBuilder.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.factline.audit.AuditEntryDetail;
import org.factline.audit.AuditLog;
import org.factline.base.ConcurrentEditException;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.claim.ClaimService;
import org.factline.claim.NewClaim;
import org.factline.claim.Verdict;
import org.factline.review.ReviewService;
import org.factline.search.SearchHit;
import org.factline.search.SearchService;
import org.factline.search.SearchSort;
import org.factline.security.AppRoles.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class TimelineServiceTest extends AbstractTimelineTest {

    @Autowired
    ClaimService claims;

    @Autowired
    ReviewService review;

    @Autowired
    SearchService search;

    @Autowired
    AuditLog audit;

    @Test
    void drafts_are_seen_by_their_author_and_editors_until_an_editor_publishes() {
        EventDetail draft = timeline.create(form("Draft event", LocalDate.of(2024, 5, 14)));
        assertThat(draft.status()).isEqualTo(EventStatus.DRAFT);
        assertThat(timeline.find(mine())).hasSize(1);
        assertThatThrownBy(() -> timeline.publish(draft.id(), draft.version()))
                .isInstanceOf(AccessDeniedException.class);

        signIn(user("tl-other", Role.FACT_CHECKER));
        assertThat(timeline.find(mine())).isEmpty();
        assertThatThrownBy(() -> timeline.get(draft.id())).isInstanceOf(ItemNotFoundException.class);

        signIn(user("tl-editor", Role.EDITOR));
        assertThat(timeline.find(mine())).hasSize(1);
        EventDetail published = timeline.publish(draft.id(), draft.version());
        assertThat(published.publishedBy()).isEqualTo("tl-editor");

        signIn("tl-other");
        assertThat(timeline.find(mine())).extracting(EventDetail::title).containsExactly(marker + " Draft event");
    }

    @Test
    void fact_checkers_change_only_their_own_drafts_and_stale_edits_are_refused() {
        EventDetail draft = timeline.create(form("Editable", LocalDate.of(2024, 1, 2)));
        EventDetail edited = timeline.update(draft.id(), draft.version(), form("Edited", LocalDate.of(2024, 1, 3)));
        assertThat(edited.title()).endsWith("Edited");
        assertThatThrownBy(() -> timeline.update(draft.id(), draft.version(), form("Stale", LocalDate.of(2024, 1, 3))))
                .isInstanceOf(ConcurrentEditException.class);

        signIn(user("tl-other", Role.FACT_CHECKER));
        assertThatThrownBy(
                        () -> timeline.update(draft.id(), edited.version(), form("Not mine", LocalDate.of(2024, 1, 3))))
                .isInstanceOf(ItemNotFoundException.class); // drafts of others are not even visible

        signIn(user("tl-editor", Role.EDITOR));
        EventDetail published = timeline.publish(draft.id(), edited.version());
        signIn("tl-checker");
        assertThatThrownBy(
                        () -> timeline.update(draft.id(), published.version(), form("After", LocalDate.of(2024, 1, 3))))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("Only editors");
        assertThatThrownBy(() -> timeline.delete(draft.id(), published.version()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void bad_input_gets_field_errors() {
        var base = form("x", LocalDate.of(2024, 1, 1));
        assertThatThrownBy(() -> timeline.create(event(" ", base.startDate(), category)
                        .precision(base.precision())
                        .form()))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("title"));
        assertThatThrownBy(() -> timeline.create(event("T", null, category).form()))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("startDate"));
        assertThatThrownBy(() -> timeline.create(
                        event("T", LocalDate.of(1850, 1, 1), category).form()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("startDate");
                    assertThat(e.getMessage()).contains("between 1900 and 2100");
                });
        assertThatThrownBy(() -> timeline.create(event("T", LocalDate.of(2024, 1, 1), category)
                        .end(LocalDate.of(99_999, 1, 1))
                        .form()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("endDate");
                    assertThat(e.getMessage()).contains("before 2100");
                });
        assertThatThrownBy(() -> timeline.create(event("T", LocalDate.of(2024, 5, 1), category)
                        .end(LocalDate.of(2024, 4, 30))
                        .form()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("endDate");
                    assertThat(e.getMessage()).contains("before the start");
                });
        assertThatThrownBy(() -> timeline.create(
                        event("T", LocalDate.of(2024, 5, 1), 999_999L).form()))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("category"));
        assertThatThrownBy(() -> timeline.create(
                        event("T", LocalDate.of(3024, 5, 1), category).form()))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("startDate"));
        assertThatThrownBy(() -> timeline.create(event("T", LocalDate.of(2024, 5, 1), category)
                        .importance(0)
                        .form()))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("importance"));
        assertThatThrownBy(() -> timeline.create(event("T", LocalDate.of(2024, 5, 1), category)
                        .articles(123_456_789L)
                        .form()))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("articles"));
    }

    @Test
    void coarse_dates_start_their_period_and_read_as_written_and_markdown_is_sanitized() {
        var quarter = timeline.create(event(marker + " Quarter", LocalDate.of(2023, 11, 20), category)
                .precision(DatePrecision.QUARTER)
                .description("Hello <script>alert(1)</script> **world**")
                .side(Side.CHINA)
                .importance(1)
                .form());
        assertThat(quarter.startDate()).isEqualTo(LocalDate.of(2023, 10, 1));
        assertThat(quarter.dateLabel()).isEqualTo("Q4 2023");
        assertThat(quarter.lastDay()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(quarter.descriptionHtml()).contains("<strong>world</strong>").doesNotContain("<script");
        var month = timeline.create(event(marker + " Month", LocalDate.of(2023, 1, 25), category)
                .precision(DatePrecision.MONTH)
                .side(Side.MULTI)
                .importance(1)
                .form());
        assertThat(month.dateLabel()).isEqualTo("Jan 2023");
        var span = timeline.create(event(marker + " Span", LocalDate.of(2023, 11, 1), category)
                .end(LocalDate.of(2023, 11, 2))
                .side(Side.MULTI)
                .importance(1)
                .form());
        assertThat(span.dateLabel()).isEqualTo("1 Nov 2023 \u2013 2 Nov 2023");
    }

    @Test
    void filters_by_dates_category_side_actor_and_text() {
        long other = categories.all().get(1).id();
        timeline.create(form("Alpha", LocalDate.of(2022, 10, 7)));
        timeline.create(event(marker + " Beta", LocalDate.of(2025, 1, 20), other)
                .side(Side.CHINA)
                .importance(3)
                .actors("DeepSeek")
                .form());

        assertThat(timeline.find(mine())).hasSize(2);
        assertThat(timeline.find(new EventFilter(LocalDate.of(2024, 1, 1), null, Set.of(), null, null, false, marker)))
                .extracting(EventDetail::title)
                .containsExactly(marker + " Beta");
        assertThat(timeline.find(new EventFilter(null, LocalDate.of(2023, 1, 1), Set.of(), null, null, false, marker)))
                .extracting(EventDetail::title)
                .containsExactly(marker + " Alpha");
        assertThat(timeline.find(new EventFilter(null, null, Set.of(other), null, null, false, marker)))
                .hasSize(1);
        assertThat(timeline.find(new EventFilter(null, null, Set.of(), null, Side.US, false, marker)))
                .hasSize(1);
        assertThat(timeline.find(new EventFilter(null, null, Set.of(), "deepseek", null, false, marker)))
                .extracting(EventDetail::actors)
                .containsExactly(List.of("DeepSeek"));
        assertThat(timeline.find(new EventFilter(null, null, Set.of(), null, null, true, marker)))
                .isEmpty();
    }

    @Test
    void a_verified_claim_gives_the_badge_and_a_changed_verdict_flags_the_event() {
        var claim = claims.create(new NewClaim(marker + " H20 exports need a licence", "Nvidia", null, Set.of()));
        var event = timeline.create(event(marker + " Licence", LocalDate.of(2025, 4, 15), category)
                .importance(3)
                .claims(claim.id())
                .form());
        assertThat(event.verified()).isFalse();

        review.propose(claim.id(), claims.get(claim.id()).summary().version(), Verdict.TRUE, "The filing says so.");
        signIn(user("tl-editor", Role.EDITOR));
        review.approve(claim.id(), claims.get(claim.id()).summary().version());
        var published = timeline.publish(event.id(), timeline.get(event.id()).version());
        assertThat(published.verifiedVerdict()).isEqualTo(Verdict.TRUE);
        assertThat(timeline.find(new EventFilter(null, null, Set.of(), null, null, true, marker)))
                .hasSize(1);

        review.reopen(claim.id(), claims.get(claim.id()).summary().version());
        awaitEvents();
        var flagged = timeline.get(event.id());
        assertThat(flagged.needsReview()).isTrue();
        assertThat(flagged.reviewNote()).contains("reopened").contains("True");
        assertThat(flagged.verified()).isFalse();
        assertThat(timeline.clearReviewFlag(event.id(), flagged.version()).needsReview())
                .isFalse();
    }

    @Test
    void the_team_reads_an_events_history_but_not_other_audit_entries() {
        var event = timeline.create(form("With history", LocalDate.of(2024, 3, 1)));
        timeline.update(event.id(), event.version(), form("With history, edited", LocalDate.of(2024, 3, 1)));
        assertThat(audit.history("timeline-event", String.valueOf(event.id()), 10))
                .extracting(AuditEntryDetail::action)
                .containsExactly("timeline.updated", "timeline.created");
        assertThatThrownBy(() -> audit.history("user", "1", 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void published_events_are_searchable_and_drafts_only_by_their_author_and_editors() {
        var event = timeline.create(form("Searchable launch", LocalDate.of(2024, 12, 26)));
        assertThat(search.search(marker + " launch", SearchSort.RELEVANCE, 0, 10)
                        .hits())
                .extracting(SearchHit::type)
                .containsExactly("event");
        signIn(user("tl-other", Role.FACT_CHECKER));
        assertThat(search.search(marker + " launch", SearchSort.RELEVANCE, 0, 10)
                        .hits())
                .isEmpty();
        signIn(user("tl-editor", Role.EDITOR));
        timeline.publish(event.id(), event.version());
        signIn("tl-other");
        assertThat(search.search(marker + " type:event", SearchSort.RELEVANCE, 0, 10)
                        .hits())
                .extracting(SearchHit::link)
                .containsExactly("timeline/events/" + event.id());
    }
}
