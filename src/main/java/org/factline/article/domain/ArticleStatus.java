package org.factline.article.domain;

public enum ArticleStatus {
    ACTIVE,
    /** Hidden from lists and search; kept with its claims and history (soft delete). */
    ARCHIVED
}
