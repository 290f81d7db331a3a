/**
 * One search box over everything: Hibernate Search configuration, the search service and the
 * results page. For now the page receives the header's queries; indexing arrives per feature.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"base", "security"})
package org.factline.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
