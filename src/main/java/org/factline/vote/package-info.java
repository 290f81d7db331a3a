/**
 * Accuracy votes: one per person per claim, changeable until a verdict is approved, counted
 * exactly once under concurrent clicks (unique index + idempotent upsert), and summarised as a
 * tally with consensus figures for editors.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"base", "security", "audit", "claim", "claim::ui"})
package org.factline.vote;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
