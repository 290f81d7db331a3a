/**
 * Editor review: fact-checkers propose a verdict, editors approve it (never their own proposal
 * when the four-eyes rule is on) or send it back with a reason, and can reopen a verified claim.
 * Every decision is kept: approved versions form the claim's public correction log.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"base", "security", "audit", "claim", "claim::ui", "vote", "note"})
package org.factline.review;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
