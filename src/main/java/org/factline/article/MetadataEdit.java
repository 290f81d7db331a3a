package org.factline.article;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.factline.article.domain.Article;
import org.jspecify.annotations.Nullable;

/** Corrections a person makes to extracted metadata. */
public record MetadataEdit(
        @NotBlank(message = "Give the article a title") @Size(max = Article.TITLE_MAX_LENGTH)
        String title,

        @Size(max = Article.BYLINE_MAX_LENGTH) @Nullable String byline,
        @Size(max = Article.SITE_MAX_LENGTH) @Nullable String siteName,
        @Nullable LocalDate published,

        @Size(max = 20)
        @Pattern(regexp = "^$|^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$", message = "Use a language code like en or en-US")
        @Nullable
        String lang,

        @Size(max = Article.URL_MAX_LENGTH)
        @Pattern(regexp = "^$|^https?://\\S+$", message = "Use an http or https address")
        @Nullable
        String canonicalUrl) {}
