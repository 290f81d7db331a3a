/**
 * Notifications: each person's inbox of things to look at — being @mentioned in a note, a reply to
 * their note, an editor's decision (approved, sent back, reopened, more work asked for) on a claim
 * they created, work on or proposed a verdict for, a claim assigned to them or taken off them.
 * Listens to the claim, note and review modules' events, stores notifications once the change
 * committed (a failure here never undoes the change), and updates the header bell live through
 * server push. Kept apart
 * from the note module because it gathers events from several features.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"base", "security", "claim", "note", "review"})
package org.factline.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
