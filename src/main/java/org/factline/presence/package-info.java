/**
 * Presence: who is looking at the same page right now ("viewing this claim" avatars). Kept in the
 * database with a heartbeat, so people on other nodes appear too; on the same node changes show at
 * once through server push.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"base", "security", "claim", "claim::ui"})
package org.factline.presence;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
