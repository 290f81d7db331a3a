/**
 * Articles: the news people check. Import by paste, upload or URL with boilerplate removal
 * (Readability4J, Tika), metadata from the page, sanitized HTML, exact and near-duplicate
 * detection (content hash, MinHash + LSH), provenance with the original bytes, the articles list
 * and the reader view; saved RSS, Atom and JSON feeds polled on a schedule, each new or updated
 * entry imported once. {@link org.factline.article.extract.ArticleExtractor} is also the engine of
 * the {@code extract} command line.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"base", "security", "audit", "search"})
package org.factline.article;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
