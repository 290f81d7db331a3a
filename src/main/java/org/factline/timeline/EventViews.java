package org.factline.timeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.factline.article.ArticleService;
import org.factline.base.SafeHtml;
import org.factline.claim.ClaimLink;
import org.factline.claim.ClaimService;
import org.factline.claim.ClaimStatus;
import org.factline.claim.Verdict;
import org.factline.timeline.domain.TimelineEvent;
import org.springframework.stereotype.Component;

/**
 * Turns stored events into what views show: actor names, linked article titles and claims
 * (looked up once for a whole list), the date as written, the sanitized description, and the
 * verified badge from the first linked verified claim. Runs inside the caller's transaction.
 */
@Component
class EventViews {

    private final ClaimService claims;
    private final ArticleService articles;

    EventViews(ClaimService claims, ArticleService articles) {
        this.claims = claims;
        this.articles = articles;
    }

    /** The events as views show them, in the order given; links to what is gone are left out. */
    List<EventDetail> of(List<TimelineEvent> list) {
        Map<Long, String> actorNames = claims.claimantNamesById(ids(list, TimelineEvent::getActorIds));
        Map<Long, ClaimLink> claimLinks = claims.links(ids(list, TimelineEvent::getClaimIds)).stream()
                .collect(Collectors.toMap(ClaimLink::id, c -> c));
        Map<Long, String> articleTitles = articles.titles(ids(list, TimelineEvent::getArticleIds));
        List<EventDetail> result = new ArrayList<>(list.size());
        for (TimelineEvent e : list) {
            List<ClaimLink> linked = e.getClaimIds().stream()
                    .sorted()
                    .map(claimLinks::get)
                    .filter(Objects::nonNull)
                    .toList();
            Verdict verdict = linked.stream()
                    .filter(c -> c.status() == ClaimStatus.VERIFIED && c.verdict() != null)
                    .map(ClaimLink::verdict)
                    .findFirst()
                    .orElse(null);
            result.add(new EventDetail(
                    e.getId(),
                    e.getVersion(),
                    e.getTitle(),
                    e.getStartDate(),
                    e.getPrecision(),
                    e.getEndDate(),
                    dateLabel(e),
                    e.getDescription(),
                    SafeHtml.fromMarkdown(e.getDescription()),
                    CategoryDetail.of(e.getCategory()),
                    e.getSide(),
                    e.getImportance(),
                    e.getStatus(),
                    e.getCreatedBy(),
                    e.getPublishedBy(),
                    e.getPublishedAt(),
                    e.isNeedsReview(),
                    e.getReviewNote(),
                    e.getTags(),
                    e.getActorIds().stream()
                            .map(actorNames::get)
                            .filter(Objects::nonNull)
                            .sorted(String.CASE_INSENSITIVE_ORDER)
                            .toList(),
                    e.getArticleIds().stream()
                            .sorted()
                            .filter(articleTitles::containsKey)
                            .map(id -> new EventDetail.ArticleLink(id, articleTitles.get(id)))
                            .toList(),
                    linked,
                    verdict));
        }
        return result;
    }

    EventDetail of(TimelineEvent event) {
        return of(List.of(event)).getFirst();
    }

    private static Set<Long> ids(List<TimelineEvent> list, Function<TimelineEvent, Collection<Long>> getter) {
        return list.stream().flatMap(e -> getter.apply(e).stream()).collect(Collectors.toSet());
    }

    private static String dateLabel(TimelineEvent e) {
        String start = e.getPrecision().format(e.getStartDate());
        if (e.getEndDate() == null) {
            return start;
        }
        return start + " \u2013 " + DatePrecision.DAY.format(e.getEndDate());
    }
}
