/**
 * Publishing verified work: public, server-rendered verdict pages (no sign-in) for verified claims
 * with their ClaimReview JSON-LD, Open Graph tags, public evidence and correction log, a public
 * index of the latest verdicts and its feeds, public error pages, and the admin's publishing
 * settings (organisation, public address, whether to name the approving editor; table
 * {@code publish_settings}). {@link org.factline.publish.PublishedVerdicts} reads claims,
 * verdicts, evidence, articles and names through their modules' services as the system and shows
 * only verified claims, never drafts, votes, notes, private evidence, team names (unless the
 * settings say to name the editor) or archived articles.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"base", "security", "audit", "claim", "review", "article", "note", "user"})
package org.factline.publish;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
