/**
 * Timeline: the shared chronology of US-China AI events (drafted by fact-checkers, published by
 * editors), linked to source articles and claims, with its visual and list views and exports.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"base", "security", "audit", "search", "article", "claim"})
package org.factline.timeline;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
