package org.factline.article;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.factline.article.domain.ArticleRepository;
import org.factline.article.domain.ArticleStatus;
import org.factline.article.domain.ArticleVersion;
import org.factline.article.domain.ArticleVersionRepository;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.security.AppRoles;
import org.factline.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The texts an article has had, and what changed between two of them. */
@Service
@Transactional(readOnly = true)
@RolesAllowed(AppRoles.FACT_CHECKER)
public class ArticleVersions {

    private final ArticleRepository articles;
    private final ArticleVersionRepository versions;
    private final CurrentUser currentUser;

    ArticleVersions(ArticleRepository articles, ArticleVersionRepository versions, CurrentUser currentUser) {
        this.articles = articles;
        this.versions = versions;
        this.currentUser = currentUser;
    }

    /** What an article's open pages subscribe to, to redraw when it gets a new text. */
    public static String liveTopic(long articleId) {
        return LiveArticles.topic(articleId);
    }

    /** Newest first; the first one is the text the reader shows. */
    public List<ArticleVersionEntry> list(long articleId) {
        readable(articleId);
        var all = versions.findByArticleIdOrderByNumberDesc(articleId);
        int latest = all.isEmpty() ? 0 : all.getFirst().getNumber();
        return all.stream()
                .map(v -> new ArticleVersionEntry(
                        v.getNumber(), v.getFetchedAt(), v.getFetchedBy(), v.getWordCount(), v.getNumber() == latest))
                .toList();
    }

    /** The words deleted and inserted from version {@code from} to version {@code to}. */
    public VersionDiff diff(long articleId, int from, int to) {
        readable(articleId);
        if (from == to) {
            throw new ValidationException("Pick two different versions to compare.");
        }
        return VersionDiff.of(from, to, TextDiff.pieces(text(articleId, from), text(articleId, to)));
    }

    private String text(long articleId, int number) {
        return versions.findByArticleIdAndNumber(articleId, number)
                .map(ArticleVersion::getBodyText)
                .orElseThrow(() -> new ItemNotFoundException("This article has no version " + number + "."));
    }

    /** Archived articles are for editors only, as in the reader. */
    private void readable(long articleId) {
        var article =
                articles.findById(articleId).orElseThrow(() -> new ItemNotFoundException("There is no such article."));
        if (article.getStatus() == ArticleStatus.ARCHIVED && !currentUser.hasRole(AppRoles.Role.EDITOR)) {
            throw new ValidationException("This article has been archived.");
        }
    }
}
