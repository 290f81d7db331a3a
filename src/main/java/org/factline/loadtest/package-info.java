/**
 * Load testing support: the {@code loadtest} Spring profile (always together with {@code demo})
 * creates the virtual users' accounts and serves {@code GET /loadtest/stats} to an admin, with the
 * votes stored, the live Vaadin sessions and UIs and the heap after a full GC, so a Gatling run
 * (src/load/java, {@code ./mvnw -Pload}) can check that no acknowledged vote was lost and measure
 * memory per session. The profile switches nothing of Vaadin's protocol or security off.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"base", "security", "user", "claim", "vote"})
package org.factline.loadtest;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
