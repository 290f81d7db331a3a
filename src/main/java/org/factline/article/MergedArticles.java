package org.factline.article;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Objects;
import org.factline.article.domain.Article;
import org.factline.article.domain.ArticleRepository;
import org.factline.article.domain.ArticleStatus;
import org.factline.base.ConcurrentEditException;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.security.AppRoles;
import org.factline.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The article side of merging a near-copy into its original: which pairs may be merged, and the
 * copy archived with its "merged into" link (and back). The claims module moves the claims and
 * keeps the merge record, in the same transaction, and writes the one audit entry of the merge.
 */
@Service
@Transactional
@RolesAllowed(AppRoles.EDITOR)
public class MergedArticles {

    private final ArticleRepository articles;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MergedArticles(ArticleRepository articles, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.articles = articles;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The pair as the merge confirmation shows it, or the reason it can't be merged. */
    @Transactional(readOnly = true)
    public MergePair check(long copyId, long originalId) {
        Article copy = load(copyId);
        Article original = load(originalId);
        refuse(copy, original);
        return pair(copy, original);
    }

    /**
     * Archives the copy with its link to the original, refusing a stale view of the copy (so of
     * two editors merging at once, one wins).
     */
    public MergePair merge(long copyId, long originalId, long expectedVersion) {
        Article copy = load(copyId);
        Article original = load(originalId);
        refuse(copy, original);
        if (copy.getVersion() != expectedVersion) {
            throw stale(copy);
        }
        copy.mergeInto(originalId, currentUser.actorName(), clock.instant());
        save(copy);
        events.publishEvent(new ArticleMerged(copyId, originalId, true));
        return pair(copy, original);
    }

    /** Brings a merged copy back: active again, still flagged as a possible copy of its original. */
    public MergePair undo(long copyId) {
        Article copy = load(copyId);
        Long originalId = copy.getMergedIntoId();
        if (originalId == null) {
            throw new ValidationException("\u201c" + copy.getTitle() + "\u201d is not merged into another article.");
        }
        Article original = load(originalId);
        copy.undoMerge();
        save(copy);
        events.publishEvent(new ArticleMerged(copyId, originalId, false));
        return pair(copy, original);
    }

    private static void refuse(Article copy, Article original) {
        if (Objects.equals(copy.getId(), original.getId())) {
            throw new ValidationException("An article can't be merged into itself.");
        }
        if (copy.getMergedIntoId() != null) {
            throw new ValidationException("\u201c" + copy.getTitle()
                    + "\u201d is already merged into another article; undo that merge first.");
        }
        if (copy.getStatus() == ArticleStatus.ARCHIVED) {
            throw new ValidationException(
                    "\u201c" + copy.getTitle() + "\u201d is archived; restore it before merging it.");
        }
        if (!original.getId().equals(copy.getDuplicateOfId())) {
            throw new ValidationException("\u201c" + copy.getTitle() + "\u201d is not flagged as a copy of \u201c"
                    + original.getTitle() + "\u201d; only a flagged near-duplicate is merged into its original.");
        }
        if (original.getStatus() == ArticleStatus.ARCHIVED) {
            throw new ValidationException("The original \u201c" + original.getTitle()
                    + "\u201d is archived; restore it before merging a copy into it.");
        }
    }

    private Article load(long id) {
        return articles.findById(id).orElseThrow(() -> new ItemNotFoundException("This article no longer exists."));
    }

    private void save(Article a) {
        try {
            articles.saveAndFlush(a);
        } catch (ConcurrencyFailureException e) {
            // optimistic (version) or, on H2, a lock held by the other of two simultaneous merges
            throw stale(a);
        }
    }

    private static ConcurrentEditException stale(Article a) {
        return new ConcurrentEditException("The article \u201c" + a.getTitle() + "\u201d");
    }

    private static MergePair pair(Article copy, Article original) {
        return new MergePair(ArticleService.summary(copy), ArticleService.summary(original));
    }
}
