package org.factline.article;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.factline.article.domain.Article;
import org.factline.article.domain.ArticleRepository;
import org.factline.article.domain.ArticleStatus;
import org.factline.article.domain.ArticleVersionRepository;
import org.factline.article.extract.SentenceSplitter;
import org.factline.audit.AuditRecord;
import org.factline.base.ConcurrentEditException;
import org.factline.base.ItemNotFoundException;
import org.factline.base.Paging;
import org.factline.base.SafeHtml;
import org.factline.base.ValidationException;
import org.factline.base.domain.InIdOrder;
import org.factline.security.AppRoles;
import org.factline.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading, correcting and archiving articles. */
@Service
@Transactional
@RolesAllowed(AppRoles.FACT_CHECKER)
public class ArticleService {

    private final ArticleRepository articles;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Validator validator;
    private final Clock clock;
    private final ArticleListSearch listSearch;
    private final ArticleVersionRepository versions;

    ArticleService(
            ArticleRepository articles,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Validator validator,
            Clock clock,
            ArticleListSearch listSearch,
            ArticleVersionRepository versions) {
        this.versions = versions;
        this.listSearch = listSearch;
        this.articles = articles;
        this.currentUser = currentUser;
        this.events = events;
        this.validator = validator;
        this.clock = clock;
    }

    /** The live-update topic of one article's open pages (published when it is merged or the merge undone). */
    public static String liveTopic(long articleId) {
        return LiveArticles.topic(articleId);
    }

    @Transactional(readOnly = true)
    public List<ArticleSummary> find(ArticleFilter filter, int offset, int limit, Sort sort) {
        var effective = effective(filter);
        if (ArticleListSearch.applies(effective)) {
            return InIdOrder.load(listSearch.ids(effective, offset, limit, sort), articles::findAllById).stream()
                    .map(ArticleService::summary)
                    .toList();
        }
        var page = Paging.of(offset, limit, sort, Sort.by(Sort.Order.desc("createdAt")));
        return articles.findAll(ArticleListQuery.matching(effective), page).stream()
                .map(ArticleService::summary)
                .toList();
    }

    @Transactional(readOnly = true)
    public long count(ArticleFilter filter) {
        var effective = effective(filter);
        return ArticleListSearch.applies(effective)
                ? listSearch.count(effective)
                : articles.count(ArticleListQuery.matching(effective));
    }

    /** Titles of the articles the user may open, by id (links from other features). */
    @Transactional(readOnly = true)
    public Map<Long, String> titles(Collection<Long> ids) {
        return articles.findAllById(ids).stream()
                .filter(a -> a.getStatus() == ArticleStatus.ACTIVE || currentUser.hasRole(AppRoles.Role.EDITOR))
                .collect(Collectors.toMap(Article::getId, Article::getTitle));
    }

    /**
     * Active articles as links, in the order of {@code ids}; archived and unknown ones are left
     * out whoever asks, since these links also appear on public pages.
     */
    @Transactional(readOnly = true)
    public List<ArticleLink> activeLinks(Collection<Long> ids) {
        return InIdOrder.load(ids, articles::findAllById).stream()
                .filter(a -> a.getStatus() == ArticleStatus.ACTIVE)
                .map(a -> new ArticleLink(a.getId(), a.getTitle(), a.getSiteName(), a.getPublishedAt(), webAddress(a)))
                .toList();
    }

    private static @Nullable String webAddress(Article a) {
        for (String url : Arrays.asList(a.getCanonicalUrl(), a.getSourceUrl())) {
            if (url != null && (url.startsWith("https://") || url.startsWith("http://"))) {
                return url;
            }
        }
        return null;
    }

    @Transactional(readOnly = true)
    public ArticleDetail get(long id) {
        Article a = load(id);
        if (a.getStatus() == ArticleStatus.ARCHIVED && !currentUser.hasRole(AppRoles.Role.EDITOR)) {
            throw new ValidationException(
                    a.getMergedIntoId() == null
                            ? "This article has been archived."
                            : "This article was merged into \u201c"
                                    + load(a.getMergedIntoId()).getTitle() + "\u201d; its claims are there now.");
        }
        List<List<String>> sentences = Arrays.stream(a.getBodyText().split("\\n\\n"))
                .filter(p -> !p.isBlank())
                .map(SentenceSplitter::sentences)
                .toList();
        Article original = a.getDuplicateOfId() == null
                ? null
                : articles.findById(a.getDuplicateOfId()).orElse(null);
        Article mergedInto = a.getMergedIntoId() == null
                ? null
                : articles.findById(a.getMergedIntoId()).orElse(null);
        // Sanitized at import and again here: what reaches the browser never depends on one check.
        return new ArticleDetail(
                summary(a),
                a.getLang(),
                a.getCanonicalUrl(),
                a.getSourceUrl(),
                a.getSourceName(),
                SafeHtml.sanitize(a.getBodyHtml(), a.getSourceUrl()),
                sentences,
                original == null ? null : original.getTitle(),
                a.getDuplicateSimilarity(),
                mergedInto == null ? null : mergedInto.getTitle());
    }

    public ArticleSummary updateMetadata(long id, long expectedVersion, MetadataEdit edit) {
        validator.validate(edit).stream().findFirst().ifPresent(v -> {
            throw new ValidationException(v.getPropertyPath().toString(), v.getMessage());
        });
        Article a = load(id, expectedVersion);
        var before = snapshot(a);
        a.editMetadata(
                edit.title().strip(),
                blank(edit.byline()),
                blank(edit.siteName()),
                edit.published() == null
                        ? null
                        : edit.published().atStartOfDay().atOffset(ZoneOffset.UTC),
                blank(edit.lang()),
                blank(edit.canonicalUrl()));
        save(a);
        audit("article.metadata-changed", a, "Corrected details of \u201c" + a.getTitle() + "\u201d", before);
        return summary(a);
    }

    /**
     * Anchors a passage a reader selected, so a claim can point at it and find it again.
     *
     * @param near character offset where the selection was made, or -1 if unknown
     */
    @Transactional(readOnly = true)
    public PassageAnchor anchorPassage(long id, String selection, int near) {
        PassageAnchor anchor = PassageLocator.anchor(load(id).getBodyText(), selection, near);
        if (anchor == null) {
            throw new ValidationException(
                    "selection", "The selection is not in the article's text; select words of the article itself.");
        }
        return anchor;
    }

    /**
     * Where an anchored passage is in the article's current text: found, moved or lost; a lost one
     * comes with the text that took its place in the latest version, if any.
     */
    @Transactional(readOnly = true)
    public PassageLocation locatePassage(long id, PassageAnchor anchor) {
        String text = load(id).getBodyText();
        var located = PassageLocator.locate(text, anchor);
        int latest = versions.latestNumber(id);
        boolean lost = located.status() == PassageLocator.Status.LOST;
        return new PassageLocation(
                !lost,
                located.status() == PassageLocator.Status.MOVED,
                located.start(),
                located.end(),
                latest,
                lost ? nearestText(id, latest, text, anchor) : null);
    }

    /** Diffs the newest earlier version in which the passage still stood where it was anchored. */
    private @Nullable String nearestText(long id, int latest, String text, PassageAnchor anchor) {
        String quote = anchor.quote().strip().replaceAll("\\s+", " ");
        for (var earlier : versions.findByArticleIdOrderByNumberDesc(id)) {
            String old = earlier.getBodyText();
            if (earlier.getNumber() < latest
                    && anchor.end() <= old.length()
                    && old.substring(anchor.start(), anchor.end())
                            .strip()
                            .replaceAll("\\s+", " ")
                            .equals(quote)) {
                return TextDiff.successor(old, text, anchor.start(), anchor.end());
            }
        }
        return null;
    }

    /**
     * Each anchored passage found again in the article's current text, with the position and
     * surrounding text it has there; {@code null} for a passage whose quote isn't in the text. One
     * call for many passages, as when claims move from a near-copy to its original.
     */
    @Transactional(readOnly = true)
    public List<@Nullable PassageAnchor> reanchor(long id, List<PassageAnchor> anchors) {
        String text = load(id).getBodyText();
        return anchors.stream()
                .map(anchor -> PassageLocator.reanchor(text, anchor))
                .toList();
    }

    /** Keeps a flagged near-duplicate as a separate article. */
    public ArticleSummary keepAsSeparate(long id, long expectedVersion) {
        Article a = load(id, expectedVersion);
        refuseIfMerged(a);
        a.markPossibleDuplicate(null, null);
        save(a);
        return summary(a);
    }

    /** Soft delete: hidden from lists, kept with its history; editors can restore it. */
    @RolesAllowed(AppRoles.EDITOR)
    public ArticleSummary archive(long id, long expectedVersion) {
        Article a = load(id, expectedVersion);
        var before = snapshot(a);
        a.archive(currentUser.actorName(), clock.instant());
        save(a);
        audit("article.archived", a, "Archived \u201c" + a.getTitle() + "\u201d", before);
        return summary(a);
    }

    @RolesAllowed(AppRoles.EDITOR)
    public ArticleSummary restore(long id, long expectedVersion) {
        Article a = load(id, expectedVersion);
        refuseIfMerged(a);
        var before = snapshot(a);
        a.restore();
        save(a);
        audit("article.restored", a, "Restored \u201c" + a.getTitle() + "\u201d", before);
        return summary(a);
    }

    @Transactional(readOnly = true)
    public long countActive() {
        return articles.countByStatus(ArticleStatus.ACTIVE);
    }

    /** A merged copy comes back only with its claims, through the merge's undo. */
    private static void refuseIfMerged(Article a) {
        if (a.getMergedIntoId() != null) {
            throw new ValidationException("\u201c" + a.getTitle()
                    + "\u201d was merged into another article; undo the merge to bring it back with its claims.");
        }
    }

    private ArticleFilter effective(ArticleFilter filter) {
        return ArticleListQuery.effective(filter, currentUser.hasRole(AppRoles.Role.EDITOR));
    }

    private Article load(long id) {
        return articles.findById(id).orElseThrow(() -> new ItemNotFoundException("This article no longer exists."));
    }

    private Article load(long id, long expectedVersion) {
        Article a = load(id);
        if (a.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("The article \u201c" + a.getTitle() + "\u201d");
        }
        return a;
    }

    private void save(Article a) {
        try {
            articles.saveAndFlush(a);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException("The article \u201c" + a.getTitle() + "\u201d");
        }
    }

    private void audit(String action, Article a, String summary, Map<String, ?> before) {
        events.publishEvent(new AuditRecord(
                currentUser.actorName(), action, "article", String.valueOf(a.getId()), summary, before, snapshot(a)));
    }

    private static Map<String, Object> snapshot(Article a) {
        var map = new LinkedHashMap<String, Object>();
        map.put("title", a.getTitle());
        map.put("byline", a.getByline() == null ? "" : a.getByline());
        map.put("siteName", a.getSiteName() == null ? "" : a.getSiteName());
        map.put(
                "published",
                a.getPublishedAt() == null ? "" : a.getPublishedAt().toString());
        map.put("lang", a.getLang() == null ? "" : a.getLang());
        map.put("canonicalUrl", a.getCanonicalUrl() == null ? "" : a.getCanonicalUrl());
        map.put("status", a.getStatus().name());
        return map;
    }

    static ArticleSummary summary(Article a) {
        return new ArticleSummary(
                a.getId() == null ? 0 : a.getId(),
                a.getVersion(),
                a.getTitle(),
                a.getSiteName(),
                a.getByline(),
                a.getPublishedAt(),
                a.getImportedBy(),
                a.getCreatedAt(),
                a.getWordCount(),
                a.getStatus(),
                a.getSourceKind(),
                a.getDuplicateOfId(),
                a.getMergedIntoId());
    }

    private static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
