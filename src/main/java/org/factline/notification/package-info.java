/**
 * Notifications: each person's inbox of things to look at — being @mentioned in a note, a reply to
 * their note, an editor's decision (approved, sent back, reopened) on a claim they created or a
 * verdict they proposed. Listens to the note and review modules' events, stores notifications in
 * the same transaction as the change, and updates the header bell live through server push.
 * Kept apart from the note module because it gathers events from several features and will take
 * more (assignments).
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"base", "security", "note", "review"})
package org.factline.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
