/**
 * Fact-check notes and evidence on claims. Notes are Markdown (rendered through the one sanitizer),
 * threaded one level deep, edited by their author with every earlier version kept, soft-deleted
 * (author, editors, admins), and may @mention teammates; evidence items are web sources or
 * uploaded files checked by content, with source type, stance, exact quote and translation,
 * archived copy and access date. Both are searchable, audit-logged on their claim, and shown live
 * on the claim page; {@link org.factline.note.NotePosted} tells the notification module who to tell.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"base", "security", "audit", "search", "claim", "claim::ui", "user"})
package org.factline.note;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
