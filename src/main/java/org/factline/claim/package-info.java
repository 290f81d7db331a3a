/**
 * Claims: statements worth checking, who made them (claimants), where they appear (anchored
 * article passages that are found again when the article changes), tags and workflow state.
 * Who works on a claim (assignment to an active team member) and the vote figures the claims list
 * sorts by also live here. Votes, notes and review build on this module.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {"base", "security", "audit", "search", "article", "article::ui", "user", "embedding"})
package org.factline.claim;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
