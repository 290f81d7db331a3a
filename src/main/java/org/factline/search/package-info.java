/**
 * One search box over everything: the shared index schema every searchable entity maps itself to
 * ({@link org.factline.search.Searchable}), the query language, the search service with facets,
 * highlights, autocomplete and more-like-this, index maintenance, and the results page.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"base", "security", "audit", "embedding"})
package org.factline.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
