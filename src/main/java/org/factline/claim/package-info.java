/**
 * Claims: statements worth checking, who made them (claimants), where they appear (anchored
 * article passages that are found again when the article changes), tags and workflow state.
 * Votes, notes and review build on this module.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"base", "security", "audit", "search", "article", "article::ui"})
package org.factline.claim;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
