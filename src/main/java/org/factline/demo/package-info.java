/**
 * The demo workspace: known users per role (and, as features land, articles, claims and timeline
 * events) so a new team can try Factline at once. Active only in the {@code demo} profile, which
 * {@code ./mvnw spring-boot:run} turns on and production configuration leaves off. Goes through the
 * same secured services as people do, signed in as the system actor.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"security", "user", "article", "claim", "vote", "review", "timeline", "note"})
package org.factline.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
