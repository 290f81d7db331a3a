package org.factline.article;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * An active article as another feature links to it, also outside the team (public pages).
 *
 * @param publisher the site or outlet that published it
 * @param url where it was published (canonical address, else the address it was imported from),
 *     http or https only
 */
public record ArticleLink(
        long id,
        String title,
        @Nullable String publisher,
        @Nullable OffsetDateTime publishedAt,
        @Nullable String url) {}
